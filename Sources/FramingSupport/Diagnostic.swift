/// An error that names several problems, one per line (every bad row of a file).
public protocol MultiLineError: Error {
  /// One line per problem, without line ends.
  var lines: [String] { get }
}

/// Turns messages into lines a terminal shows as they are: control characters (a line
/// break or an escape sequence inside a file name, a NUL in a label) are written as
/// `\n`, `\t`, `\r` or `\u{1B}`, so that one problem stays on one line and no byte of the
/// message can drive the terminal.
public enum Diagnostic {
  /// The lines that report `error` (or any other message).
  public static func lines(_ message: Any) -> [String] {
    if let multi = message as? MultiLineError { return multi.lines.map(escaped) }
    return [escaped("\(message)")]
  }

  /// `text` with every control character escaped.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control
  }
}
