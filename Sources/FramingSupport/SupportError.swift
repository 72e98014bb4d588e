/// Errors raised by the support code: files that cannot be written or read.
public enum SupportError: Error, Equatable, CustomStringConvertible {
  /// A file that cannot be written, or standard input that cannot be read.
  case io(path: String, detail: String)

  public var description: String {
    switch self {
    case .io(let path, let detail):
      return "\(path): \(detail)."
    }
  }
}
