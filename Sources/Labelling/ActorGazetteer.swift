import Classifier
import Foundation

/// The names that stand for each actor: people, countries and organisations, with the
/// variants a text uses for them ("Putin", "Vladimir Putin", "the Kremlin", "Moscow",
/// "the Russian president").
///
/// The project's own list is `data/actors/actors.tsv` (``standard``); its format, one
/// variant a line:
/// ```
/// variant<TAB>actor<TAB>kind[<TAB>valid]
/// ```
/// `kind` is `person`, `country`, `organisation` (matched as written, capitals and all),
/// `capital` (a city that stands for its government: matched as written, but not right
/// after a place preposition, so "talks in Moscow" names no actor) or `role` (a role that
/// stands for one person, matched in any case, with `valid` = `FROM..TO` dates, either side
/// open: which holder is meant is decided by ``ActorFinder``), or `ignore` (a phrase that
/// names no actor, so that a shorter variant inside it does not match: "Latin America").
public struct ActorGazetteer: Sendable {
  /// What an entry is.
  public enum Kind: String, Sendable, CaseIterable {
    case person, country, capital, organisation, role
    /// A phrase that names no actor, listed so that a shorter variant inside it does not
    /// match ("Latin America", "Northern Ireland"): the longest match wins.
    case ignore

    /// The kind of actor an entry of this kind names.
    var actorKind: Kind {
      switch self {
      case .capital: return .country
      case .role: return .person
      default: return self
      }
    }
  }

  /// One actor: its name as output shows it, and whether it is a person, a country or an
  /// organisation.
  public struct Actor: Sendable, Equatable {
    public var name: String
    public var kind: Kind
  }

  /// One variant's meaning.
  struct Entry: Sendable, Equatable {
    var actor: Int32
    var kind: Kind
    /// For roles: the first and last day (`yyyymmdd`) the holder held it.
    var from = 0
    var to = 99_999_999
  }

  /// Every actor; entries and ``ActorFinder`` refer to them by index.
  public private(set) var actors: [Actor] = []
  var actorIndex: [String: Int32] = [:]
  /// Variants matched as written, keyed by the hash of their words (``key(_:lowercased:)``).
  var exact: [UInt64: [Entry]] = [:]
  /// Roles, keyed by the hash of their lower-case words.
  var roles: [UInt64: [Entry]] = [:]
  /// For the hash of the first word of each variant (as written; roles lower-cased), the
  /// most words a variant starting with it has.
  var firstWords: [UInt64: Int] = [:]
  var roleFirstWords: [UInt64: Int] = [:]
  /// Number of variants.
  public private(set) var variantCount = 0

  /// An empty gazetteer (with ``ActorFinder``'s title rule it still finds titled names).
  public init() {}

  /// Reads a gazetteer in the format above.
  ///
  /// - Throws: ``ClassifierError/badRows(path:problems:)`` naming every bad line.
  public init(tsv: String, path: String) throws {
    var problems: [ClassifierError.RowProblem] = []
    var line = 0
    for raw in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
      line += 1
      let text = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if text.isEmpty || text.hasPrefix("#") { continue }
      let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3 || fields.count == 4 else {
        problems.append(
          .init(
            line: line,
            reason:
              "expected variant, actor, kind and an optional valid column separated by tabs, found \(fields.count) column\(fields.count == 1 ? "" : "s")"
          ))
        continue
      }
      guard let kind = Kind(rawValue: fields[2]) else {
        problems.append(
          .init(
            line: line,
            reason:
              "unknown kind '\(fields[2])': expected one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))"
          ))
        continue
      }
      var dates = (0, 99_999_999)
      if fields.count == 4 && !fields[3].isEmpty {
        guard kind == .role, let d = ActorGazetteer.validity(fields[3]) else {
          problems.append(
            .init(
              line: line,
              reason: kind == .role
                ? "invalid value '\(fields[3])' for valid: expected YYYY-MM-DD..YYYY-MM-DD, either side may be empty"
                : "only a role has a valid column"))
          continue
        }
        dates = d
      }
      if let reason = add(
        variant: fields[0], actor: fields[1], kind: kind, from: dates.0, to: dates.1)
      {
        problems.append(.init(line: line, reason: reason))
      }
    }
    guard problems.isEmpty else { throw ClassifierError.badRows(path: path, problems: problems) }
  }

  /// Adds one variant of the actor called `name` (added if new, as a `kind.actorKind`);
  /// returns what is wrong with the variant, if anything.
  @discardableResult
  public mutating func add(
    variant: String, actor name: String, kind: Kind, from: Int = 0, to: Int = 99_999_999
  ) -> String? {
    let words = ActorWords.words(of: variant).words
    guard !words.isEmpty else {
      return "the variant '\(variant)' has no words"
    }
    let actorName = name.trimmingCharacters(in: .whitespaces)
    guard !actorName.isEmpty || kind == .ignore else {
      return "the variant '\(variant)' has no actor"
    }
    let id = kind == .ignore ? -1 : actorID(actorName, kind: kind.actorKind)
    let entry = Entry(actor: id, kind: kind, from: from, to: to)
    let key = ActorGazetteer.key(words, lowercased: kind == .role)
    let first = kind == .role ? words[0].lowerHash : words[0].hash
    if kind == .role {
      if roles[key]?.contains(entry) == true { return nil }
      roles[key, default: []].append(entry)
      roleFirstWords[first] = max(roleFirstWords[first] ?? 0, words.count)
    } else {
      if exact[key]?.contains(entry) == true { return nil }
      exact[key, default: []].append(entry)
      firstWords[first] = max(firstWords[first] ?? 0, words.count)
    }
    variantCount += 1
    return nil
  }

  /// The index of the actor called `name`, added if new.
  mutating func actorID(_ name: String, kind: Kind) -> Int32 {
    if let id = actorIndex[name] { return id }
    let id = Int32(actors.count)
    actors.append(Actor(name: name, kind: kind))
    actorIndex[name] = id
    return id
  }

  /// The index of the actor called `name`, if there is one.
  public func actor(named name: String) -> Int? { actorIndex[name].map(Int.init) }

  /// Renames an actor (every variant of it follows); renamed to the name of another
  /// actor, the two become one.
  public mutating func rename(_ name: String, to newName: String) {
    guard let old = actorIndex[name], name != newName else { return }
    if let target = actorIndex[newName] {
      guard target != old else { return }
      aliases[old] = target
      actorIndex[name] = target
    } else {
      actors[Int(old)].name = newName
      actorIndex[name] = nil
      actorIndex[newName] = old
    }
  }

  /// Removes an actor: its variants name no one.
  public mutating func remove(_ name: String) {
    guard let id = actorIndex[name] else { return }
    removed.insert(id)
  }

  /// Actors merged into another (old index → the one it became), and removed actors.
  var aliases: [Int32: Int32] = [:]
  var removed: Set<Int32> = []

  /// The actor an entry's index now stands for, after merges and removals.
  func canonical(_ id: Int32) -> Int32? {
    guard id >= 0 else { return nil }
    var id = id
    while let next = aliases[id] { id = next }
    return removed.contains(id) ? nil : id
  }

  /// The key of a variant's words: their hashes (as written, or lower-cased) combined in
  /// order. Two different variants share a key with a chance of about one in 2⁶⁴.
  static func key(_ words: some Collection<ActorWord>, lowercased: Bool) -> UInt64 {
    var h: UInt64 = 0
    for w in words { h = ActorWords.combine(h, lowercased ? w.lowerHash : w.hash) }
    return h
  }

  /// `FROM..TO` as two `yyyymmdd` numbers, an empty side open.
  static func validity(_ text: String) -> (Int, Int)? {
    let parts = text.components(separatedBy: "..")
    guard parts.count == 2 else { return nil }
    func day(_ s: String, _ open: Int) -> Int? {
      if s.isEmpty { return open }
      guard let d = Period.parse(s), s.count == 10 else { return nil }
      return d.year! * 10_000 + d.month! * 100 + d.day!
    }
    guard let from = day(parts[0], 0), let to = day(parts[1], 99_999_999), from <= to else {
      return nil
    }
    return (from, to)
  }
}
