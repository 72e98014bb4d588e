import FramingSupport

/// Errors raised while training or applying a model.
public enum ClassifierError: Error, Equatable, CustomStringConvertible {
  /// Rows of a labeled CSV that cannot be used, each with its line.
  case badRows(path: String, problems: [RowProblem])
  /// Too little data to do what was asked.
  case insufficientData(String)
  /// An option value outside its range.
  case invalidOption(name: String, value: String, expected: String)

  /// One unusable row of a labeled CSV.
  public struct RowProblem: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public init(line: Int, reason: String) {
      self.line = line
      self.reason = reason
    }
    public var description: String { "line \(line): \(reason)" }

    /// One line per problem, each naming `path` and its line: what every "every bad row"
    /// error prints.
    public static func lines(path: String, _ problems: [RowProblem]) -> [String] {
      problems.map { "\(path):\($0.line): \($0.reason)" }
    }
  }

  public var description: String {
    switch self {
    case .badRows(let path, let problems):
      return RowProblem.lines(path: path, problems).joined(separator: "\n")
    case .insufficientData(let message):
      return message
    case .invalidOption(let name, let value, let expected):
      return "invalid value '\(value)' for \(name): expected \(expected)."
    }
  }
}

/// Errors raised while reading or writing a model file.
public enum ModelFileError: Error, Equatable, CustomStringConvertible {
  /// No file at the path.
  case missing(path: String)
  /// The file ends before the data it announces.
  case truncated(path: String, detail: String)
  /// The file is not a well-formed Framing model.
  case corrupt(path: String, detail: String)
  /// A model written by a newer or older format version.
  case unsupportedVersion(path: String, found: String, supported: String)
  /// The file cannot be read or written.
  case io(path: String, detail: String)

  public var description: String {
    switch self {
    case .missing(let path):
      return "\(path): no model file here; pass --model PATH (Framing's own model is"
        + " models/framing.safetensors in its folder), or train one with"
        + " 'train --labels FILE --out PATH'."
    case .truncated(let path, let detail):
      return "\(path): the model file is truncated (\(detail)); train it again or restore a copy."
    case .corrupt(let path, let detail):
      return "\(path): not a valid Framing model file (\(detail))."
    case .unsupportedVersion(let path, let found, let supported):
      return "\(path): model format version '\(found)' is not supported (this build reads"
        + " version \(supported)); retrain the model with this build."
    case .io(let path, let detail):
      return "\(path): \(detail)."
    }
  }
}

extension ClassifierError: MultiLineError {
  public var lines: [String] {
    if case .badRows(let path, let problems) = self {
      return RowProblem.lines(path: path, problems)
    }
    return [description]
  }
}
