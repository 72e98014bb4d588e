import Classifier
import Features
import Foundation
import FramingSupport
import Labelling

/// The user's changes to the project's gazetteer (`--actors MAP.csv`): a CSV with columns
/// `name` and `actor`, one change a row.
///
/// - `name` is an actor of the gazetteer: it is renamed to `actor`, or merged into it when
///   `actor` is another actor ("Vladimir Putin,Russia" counts Putin's mentions as
///   Russia's); an empty `actor` removes it.
/// - `name` is no actor: it becomes a variant of `actor` (a new actor if need be), matched
///   as written ("Kallas,Kaja Kallas"); a variant the gazetteer knows ("Putin", "Moscow")
///   then names that actor only.
/// - Each name has one row; an actor's name holds no `;` and no control character.
public enum ActorMap {
  /// The project's gazetteer changed by the map at `path`.
  ///
  /// - Throws: ``FeaturesError`` for an unreadable file, bad CSV or a missing column;
  ///   ``ClassifierError/badRows(path:problems:)`` naming every bad row.
  public static func apply(path: String, to gazetteer: ActorGazetteer) throws -> ActorGazetteer {
    let file = try TextFile.read(path: path)
    var result = gazetteer
    var header: (name: Int, actor: Int)? = nil
    var problems: [ClassifierError.RowProblem] = []
    var rows = 0
    var seen: [String: Int] = [:]
    try CSVReader(path: path, bytes: file.bytes).forEachRow { row in
      guard let columns = header else {
        let names = row.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let n = names.firstIndex(of: "name") else {
          throw FeaturesError.missingColumn(path: path, column: "name", header: names)
        }
        guard let a = names.firstIndex(of: "actor") else {
          throw FeaturesError.missingColumn(path: path, column: "actor", header: names)
        }
        header = (n, a)
        return
      }
      rows += 1
      func field(_ i: Int) -> String {
        i < row.fields.count ? row.fields[i].trimmingCharacters(in: .whitespaces) : ""
      }
      let name = field(columns.name)
      let actor = field(columns.actor)
      // An actor's name goes into CSV cells joined by ';' and into every output: no
      // control characters, no ';'.
      if actor.contains(";")
        || actor.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
      {
        problems.append(
          .init(
            line: row.line,
            reason:
              "the actor '\(Diagnostic.escaped(actor))' holds a ';' or a control character; choose a name without them"
          ))
        return
      }
      if let first = seen[name] {
        problems.append(
          .init(
            line: row.line,
            reason:
              "names '\(Diagnostic.escaped(name))' again (first on line \(first)); give each name one row"
          ))
        return
      }
      seen[name] = row.line
      guard !name.isEmpty else {
        problems.append(
          .init(
            line: row.line,
            reason: "a row needs a name (found '\(row.fields.joined(separator: ","))')"))
        return
      }
      if gazetteer.actor(named: name) != nil {
        if actor.isEmpty { result.remove(name) } else { result.rename(name, to: actor) }
      } else if actor.isEmpty {
        problems.append(
          .init(
            line: row.line,
            reason:
              "'\(name)' is no actor of the gazetteer, so there is nothing to remove; give the actor it stands for"
          ))
      } else {
        // A known variant ("Putin", "Moscow") now names the given actor only; a new name
        // becomes a variant of it.
        let kind = result.actor(named: actor).map { result.actors[$0].kind } ?? .person
        let reason =
          result.isVariant(name)
          ? result.map(variant: name, to: actor, kind: kind)
          : result.add(variant: name, actor: actor, kind: kind)
        if let reason { problems.append(.init(line: row.line, reason: reason)) }
      }
    }
    guard header != nil else {
      throw ClassifierError.badRows(
        path: path,
        problems: [
          .init(line: 1, reason: "the actor map is empty; expected a CSV header 'name,actor'")
        ])
    }
    guard problems.isEmpty else { throw ClassifierError.badRows(path: path, problems: problems) }
    return result
  }
}
