import Foundation
import Labelling

extension HTMLReport {
  /// `text` with the five characters that mean something in HTML replaced by entities
  /// (`&` `<` `>` `"` `'`), safe in element content and in quoted attribute values.
  /// Control characters other than tab, line feed and carriage return, which HTML does
  /// not allow, become U+FFFD.
  ///
  /// - Complexity: O(n) in the length of `text`.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// A share as a whole percentage (`34%`), or an en dash when there is none.
  static func percent(_ x: Double) -> String {
    x.isFinite ? String(format: "%.0f%%", 100 * x) : "–"
  }

  /// An interval as whole percentages (`22–47%`), or an empty string when it is unknown.
  static func percentRange(_ e: Estimate) -> String {
    guard e.low.isFinite, e.high.isFinite else { return "" }
    return String(format: "%.0f–%.0f%%", 100 * e.low, 100 * e.high)
  }

  /// A probability with two decimals (`0.82`).
  static func probability(_ x: Double) -> String {
    x.isFinite ? String(format: "%.2f", x) : "–"
  }

  /// A probability interval with two decimals (`0.31–0.40`), or an empty string.
  static func probabilityRange(_ e: Estimate) -> String {
    guard e.low.isFinite, e.high.isFinite else { return "" }
    return String(format: "%.2f–%.2f", e.low, e.high)
  }

  /// A number for an attribute or SVG coordinate, with at most `digits` decimals.
  static func number(_ x: Double, digits: Int = 1) -> String {
    guard x.isFinite else { return "0" }
    var s = String(format: "%.\(digits)f", x)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
  }

  /// `count` and the noun, plural unless the count is one (`1 article`, `3 articles`).
  static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(grouped(count)) " + (count == 1 ? noun : plural ?? noun + "s")
  }

  /// An integer with comma grouping (`12,345`).
  static func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(c)
    }
    return (n < 0 ? "-" : "") + out
  }

  /// The last path component of a file path (`seeds/a.txt` → `a.txt`).
  static func fileName(_ path: String) -> String {
    (path as NSString).lastPathComponent
  }
}
