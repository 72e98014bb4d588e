import Foundation

/// Errors raised while reading text and tables or building features.
///
/// Every case carries where the problem is, so that a command-line tool can print one
/// line that names the file and the line or byte.
public enum FeaturesError: Error, Equatable, CustomStringConvertible {
  /// A CSV field opened with a quote that is never closed.
  case unterminatedQuote(path: String, line: Int)
  /// A CSV quoted field followed by something other than a delimiter or a line end.
  case strayQuote(path: String, line: Int)
  /// The CSV header lacks a required column.
  case missingColumn(path: String, column: String, header: [String])
  /// A CSV header that names a column twice.
  case repeatedColumn(path: String, column: String)
  /// A CSV row longer than the limit.
  case rowTooLong(path: String, line: Int, bytes: Int, limit: Int)
  /// A CSV file with no header line at all.
  case emptyTable(path: String)
  /// Bytes that are not valid UTF-8.
  case invalidUTF8(path: String, byte: Int, line: Int)
  /// A NUL byte, which marks a binary file rather than text.
  case binaryContent(path: String, byte: Int, line: Int)
  /// A text in UTF-16 or UTF-32 (recognised by its byte-order mark).
  case unsupportedEncoding(path: String, encoding: String)
  /// A file that cannot be opened or read.
  case unreadableFile(path: String, reason: String)
  /// A file with nothing but white space in it.
  case noText(path: String)
  /// An option value outside its range.
  case invalidOption(name: String, value: String, expected: String)
  /// Fitting found no term that satisfies the document-frequency limits.
  case emptyVocabulary(reason: String)
  /// A lexicon file line that is not `entry<TAB>class`, or an entry that cannot be used.
  case invalidLexicon(path: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .unterminatedQuote(let path, let line):
      return "\(path):\(line): a quoted field opened on this line is never closed;"
        + " close it with '\"' (a quote inside a field is written '\"\"')."
    case .strayQuote(let path, let line):
      return "\(path):\(line): a closing quote is followed by something other than ','"
        + " or a line end; a quote inside a field is written '\"\"'."
    case .missingColumn(let path, let column, let header):
      let found = header.map { "'\($0)'" }.joined(separator: ", ")
      return
        "\(path):1: the header has no '\(column)' column (found \(found.isEmpty ? "none" : found))."
    case .repeatedColumn(let path, let column):
      return
        "\(path):1: the header names the column '\(column)' more than once; rename or remove one."
    case .rowTooLong(let path, let line, let bytes, let limit):
      return "\(path):\(line): a row of \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB,"
        + " over the limit of \(limit >> 20) MB"
        + " per row; is a quote left open, or is this not a CSV file?"
    case .emptyTable(let path):
      return "\(path): the file is empty; expected a CSV header such as 'text,label'."
    case .invalidUTF8(let path, let byte, let line):
      return "\(path):\(line): invalid UTF-8 at byte \(byte); save the file as UTF-8."
    case .binaryContent(let path, let byte, let line):
      return "\(path):\(line): NUL byte at byte \(byte); this looks like a binary file, not text."
    case .unsupportedEncoding(let path, let encoding):
      return "\(path): the file is \(encoding) (it starts with a byte-order mark);"
        + " convert it to UTF-8, e.g. with 'iconv -f \(encoding) -t UTF-8'."
    case .unreadableFile(let path, let reason):
      return "\(path): \(reason)."
    case .noText(let path):
      return "\(path): the file is empty or only white space; there is nothing to classify."
    case .invalidOption(let name, let value, let expected):
      return "invalid value '\(value)' for \(name): expected \(expected)."
    case .emptyVocabulary(let reason):
      return "no term is left in the vocabulary: \(reason)"
    case .invalidLexicon(let path, let line, let reason):
      return "\(path):\(line): \(reason)."
    }
  }
}
