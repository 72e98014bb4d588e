import Features
import Foundation

/// Which outlet each article file belongs to, read from a CSV with columns `file`,
/// `outlet` and optionally `date` and `title`. File paths in it are relative to the
/// map's own folder, or absolute.
public struct OutletMap: Sendable {
  public struct Entry: Sendable, Equatable {
    public var outlet: String
    public var date: String?
    public var title: String?
  }

  private var entries: [String: Entry] = [:]
  /// The map's path.
  public let path: String

  /// Reads the map at `path`.
  ///
  /// - Throws: ``FeaturesError`` for an unreadable file, bad CSV or a missing column;
  ///   ``FeaturesError/invalidOption(name:value:expected:)`` naming the line of a row
  ///   without a file or outlet.
  public init(path: String) throws {
    self.path = path
    let file = try TextFile.read(path: path)
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    var header: [String]? = nil
    var columns: (file: Int, outlet: Int, date: Int?, title: Int?) = (0, 0, nil, nil)
    var entries: [String: Entry] = [:]
    try CSVReader(path: path, bytes: file.bytes).forEachRow { row in
      guard header != nil else {
        let names = row.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let f = names.firstIndex(of: "file") else {
          throw FeaturesError.missingColumn(path: path, column: "file", header: names)
        }
        guard let o = names.firstIndex(of: "outlet") else {
          throw FeaturesError.missingColumn(path: path, column: "outlet", header: names)
        }
        columns = (f, o, names.firstIndex(of: "date"), names.firstIndex(of: "title"))
        header = names
        return
      }
      func field(_ i: Int?) -> String? {
        guard let i, i < row.fields.count else { return nil }
        let v = row.fields[i].trimmingCharacters(in: .whitespaces)
        return v.isEmpty ? nil : v
      }
      guard let name = field(columns.file), let outlet = field(columns.outlet) else {
        throw FeaturesError.invalidOption(
          name: "\(path):\(row.line)", value: row.fields.joined(separator: ","),
          expected: "a row with a file and an outlet")
      }
      let key = OutletMap.key(name, relativeTo: folder)
      entries[key] = Entry(outlet: outlet, date: field(columns.date), title: field(columns.title))
    }
    guard header != nil else { throw FeaturesError.emptyTable(path: path) }
    self.entries = entries
  }

  /// The entry for the article at `path` (as given on the command line), if any.
  public func entry(for path: String) -> Entry? {
    entries[
      OutletMap.key(
        path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))]
  }

  static func key(_ path: String, relativeTo folder: URL) -> String {
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
    return url.standardizedFileURL.resolvingSymlinksInPath().path
  }
}

/// Reads articles given as JSON Lines: one object per line with `id`, `outlet`, `text`
/// and optionally `date` and `title`.
public enum ArticleLines {
  /// The article on one line, `line` counting from 1 in `source`.
  ///
  /// - Throws: ``FeaturesError/invalidOption(name:value:expected:)`` naming the line when
  ///   it is not such an object.
  public static func parse(_ line: [UInt8], source: String, line number: Int) throws -> ArticleInput
  {
    func bad(_ expected: String) -> FeaturesError {
      .invalidOption(
        name: "\(source):\(number)", value: String(decoding: line.prefix(60), as: UTF8.self),
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
    let outlet = (object["outlet"] as? String) ?? id
    let file = try TextFile(path: id, bytes: Array(text.utf8))
    return ArticleInput(
      id: id, outlet: outlet, date: object["date"] as? String, title: object["title"] as? String,
      file: file)
  }
}
