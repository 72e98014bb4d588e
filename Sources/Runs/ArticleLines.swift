import Features
import Foundation
import Labelling

/// Reads articles given as JSON Lines: one object per line with `id`, `outlet`, `text`
/// and optionally `date` and `title`.
public enum ArticleLines {
  /// The article on one line, `line` counting from 1 in `source`.
  ///
  /// - Throws: ``RunError/badRecord(path:line:found:expected:)`` naming the line when it
  ///   is not such an object.
  public static func parse(_ line: [UInt8], source: String, line number: Int) throws -> ArticleInput
  {
    func bad(_ expected: String) -> RunError {
      .badRecord(
        path: source, line: number, found: String(decoding: line.prefix(60), as: UTF8.self),
        expected: expected)
    }
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
      throw bad("a JSON object with id, outlet and text")
    }
    guard let text = object["text"] as? String else { throw bad("a \"text\" string") }
    let id: String
    if let s = object["id"] as? String {
      id = s
    } else if let n = object["id"] as? NSNumber {
      id = n.stringValue
    } else {
      throw bad("an \"id\"")
    }
    // Optional fields, when present, must be strings: a wrong type is an error, not dropped.
    func optional(_ key: String) throws -> String? {
      guard let value = object[key], !(value is NSNull) else { return nil }
      guard let s = value as? String else { throw bad("\"\(key)\" to be a string") }
      return s
    }
    let outlet = try optional("outlet") ?? id
    let (date, title) = (try optional("date"), try optional("title"))
    // Problems with the text name the file and line (and the id).
    let file = try TextFile(path: "\(source):\(number) (id \(id))", bytes: Array(text.utf8))
    return ArticleInput(id: id, outlet: outlet, date: date, title: title, file: file)
  }
}
