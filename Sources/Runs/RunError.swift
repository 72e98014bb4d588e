/// Errors raised while reading what a run is given: JSON Lines records, outlet maps and
/// streams that fail part way. Each names the file and, where there is one, the line.
public enum RunError: Error, Equatable, CustomStringConvertible {
  /// A JSON Lines record that is not an article object.
  case badRecord(path: String, line: Int, found: String, expected: String)
  /// An outlet-map row without a file or an outlet.
  case badMapRow(path: String, line: Int, found: String, expected: String)
  /// A read that failed after `line` lines, so the input would be cut short.
  case readFailed(path: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .badRecord(let path, let line, let found, let expected),
      .badMapRow(let path, let line, let found, let expected):
      return "invalid value '\(found)' for \(path):\(line): expected \(expected)."
    case .readFailed(let path, let line, let reason):
      return "\(path):\(line): reading stopped here: \(reason); the rest was not classified."
    }
  }
}

/// Something a run reports that is not an error: the input was still used and counted,
/// and the exit code does not change.
public struct RunWarning: Equatable, Sendable, CustomStringConvertible {
  /// The file the warning is about.
  public var path: String
  /// What happened and what was done about it.
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)." }
}
