/// Writes RFC 4180 CSV: fields that hold a comma, quote or line break are quoted, with
/// quotes doubled; rows end with `\n`.
public enum CSVWriter {
  /// `field` as it must appear in a CSV row.
  public static func escape(_ field: String) -> String {
    // A leading byte-order mark would be taken for the file's own and dropped on reading.
    var needsQuotes = field.unicodeScalars.first == "\u{FEFF}"
    for b in field.utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
      needsQuotes = true
      break
    }
    guard needsQuotes else { return field }
    var out = "\""
    for ch in field.unicodeScalars {
      if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
    }
    out += "\""
    return out
  }

  /// One CSV row, with its line end.
  public static func row(_ fields: [String]) -> String {
    fields.map(escape).joined(separator: ",") + "\n"
  }
}
