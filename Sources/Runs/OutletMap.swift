import Classifier
import Features
import Foundation
import FramingSupport
import Labelling
import Rendering

/// Which outlet each article file belongs to, read from a CSV with columns `file`,
/// `outlet` and optionally `date` and `title`. File paths in it are absolute, or relative
/// to the map's own folder, or (when no such file is there) to the working directory.
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
  ///   ``RunError/badMapRows(path:problems:)`` naming every row without a file or outlet
  ///   and every row that names a file again; ``RunError/emptyOutletMap(path:)``.
  public init(path: String) throws {
    self.path = path
    let file = try TextFile.read(path: path)
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    var header: [String]? = nil
    var columns: (file: Int, outlet: Int, date: Int?, title: Int?) = (0, 0, nil, nil)
    var entries: [String: Entry] = [:]
    var lines: [String: Int] = [:]
    var problems: [ClassifierError.RowProblem] = []
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
        let found = row.fields.joined(separator: ",")
        problems.append(
          .init(line: row.line, reason: "a row needs a file and an outlet (found '\(found)')"))
        return
      }
      // Relative paths are read from the map's folder; a path that names no file there but
      // one under the working directory is taken from there.
      var key = OutletMap.key(name, relativeTo: folder)
      if !FileManager.default.fileExists(atPath: key) && !name.hasPrefix("/") {
        let fromHere = OutletMap.key(
          name, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if FileManager.default.fileExists(atPath: fromHere) { key = fromHere }
      }
      if let first = lines[key] {
        problems.append(
          .init(line: row.line, reason: "names the file of line \(first) again ('\(name)')"))
        return
      }
      lines[key] = row.line
      entries[key] = Entry(outlet: outlet, date: field(columns.date), title: field(columns.title))
    }
    guard header != nil else { throw RunError.emptyOutletMap(path: path) }
    guard problems.isEmpty else { throw RunError.badMapRows(path: path, problems: problems) }
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
