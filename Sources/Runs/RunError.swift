import Classifier
import FramingSupport

/// Errors raised while reading what a run is given: JSON Lines records, outlet maps and
/// streams that fail part way. Each names the file and, where there is one, the line.
public enum RunError: Error, Equatable, CustomStringConvertible {
  /// A JSON Lines record that is not an article object.
  case badRecord(path: String, line: Int, found: String, expected: String)
  /// Outlet-map rows without a file or an outlet, or naming a file again: every one.
  case badMapRows(path: String, problems: [ClassifierError.RowProblem])
  /// An outlet map with nothing in it.
  case emptyOutletMap(path: String)
  /// A read that failed after `line` lines, so the input would be cut short.
  case readFailed(path: String, line: Int, reason: String)
  /// An output path that cannot be written (checked before anything is read).
  case badOutput(option: String, path: String, reason: String)
  /// An output path that names an input, or another output, of the same run.
  case outputClash(option: String, path: String, other: String)

  public var description: String {
    switch self {
    case .badRecord(let path, let line, let found, let expected):
      return "invalid value '\(found)' for \(path):\(line): expected \(expected)."
    case .badMapRows(let path, let problems):
      return ClassifierError.RowProblem.lines(path: path, problems).joined(separator: "\n")
    case .emptyOutletMap(let path):
      return "\(path): the outlet map is empty; expected a CSV header such as 'file,outlet'."
    case .readFailed(let path, let line, let reason):
      return "\(path):\(line): reading stopped here: \(reason); the rest was not classified."
    case .badOutput(let option, let path, let reason):
      return "\(path): cannot be written (\(option)): \(reason); nothing was written."
    case .outputClash(let option, let path, let other):
      return "\(path): \(option) names the same file as \(other); it would be replaced."
        + " Choose another path; nothing was written."
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

/// The check every run makes of its outputs before it reads anything.
public enum OutputPaths {
  /// Throws ``RunError`` when an output cannot be written, names an input, or names
  /// another output (character devices such as `/dev/null` may take several outputs).
  public static func check(
    outputs: [(option: String, path: String)], inputs: [(option: String, path: String)]
  )
    throws
  {
    var taken: [(String, String)] = inputs.map {
      ($0.option + " " + $0.path, AtomicFile.identity(of: $0.path))
    }
    for (option, path) in outputs {
      if let reason = AtomicFile.problem(writing: path) {
        throw RunError.badOutput(option: option, path: path, reason: reason)
      }
      let identity = AtomicFile.identity(of: path)
      if let clash = taken.first(where: { $0.1 == identity }) {
        throw RunError.outputClash(option: option, path: path, other: clash.0)
      }
      if !AtomicFile.isDevice(path) { taken.append((option + " " + path, identity)) }
    }
  }
}

extension RunError: MultiLineError {
  public var lines: [String] {
    if case .badMapRows(let path, let problems) = self {
      return ClassifierError.RowProblem.lines(path: path, problems)
    }
    return [description]
  }
}
