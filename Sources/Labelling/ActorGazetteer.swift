import Classifier
import Foundation
import FramingSupport

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

  /// Reads a gazetteer in the format above, on its bytes (the built-in one's 16,000 lines
  /// take a few milliseconds, so that a short run does not wait for it).
  ///
  /// - Throws: ``ClassifierError/badRows(path:problems:)`` naming every bad line.
  public init(tsv: String, path: String) throws {
    var problems: [ClassifierError.RowProblem] = []
    var copy = tsv
    copy.withUTF8 { b in
      exact.reserveCapacity(b.count / 40)
      roles.reserveCapacity(b.count / 40)
      var line = 0
      var start = 0
      var fields: [Range<Int>] = []
      while start < b.count {
        var end = start
        while end < b.count && b[end] != 0x0A { end += 1 }
        let next = end + 1
        line += 1
        if end > start && b[end - 1] == 0x0D { end -= 1 }
        defer { start = next }
        if end == start || b[start] == 0x23 { continue }
        fields.removeAll(keepingCapacity: true)
        var field = start
        for i in start..<end where b[i] == 0x09 {
          fields.append(field..<i)
          field = i + 1
        }
        fields.append(field..<end)
        func text(_ r: Range<Int>) -> String {
          String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
        }
        guard fields.count == 3 || fields.count == 4 else {
          problems.append(
            .init(
              line: line,
              reason:
                "expected variant, actor, kind and an optional valid column separated by tabs, found \(fields.count) column\(fields.count == 1 ? "" : "s")"
            ))
          continue
        }
        guard let kind = Kind(rawValue: text(fields[2])) else {
          problems.append(
            .init(
              line: line,
              reason:
                "unknown kind '\(Diagnostic.escaped(text(fields[2])))': expected one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))"
            ))
          continue
        }
        var dates = (0, 99_999_999)
        if fields.count == 4 && !fields[3].isEmpty {
          guard kind == .role,
            let d = ActorGazetteer.validity(UnsafeBufferPointer(rebasing: b[fields[3]]))
          else {
            problems.append(
              .init(
                line: line,
                reason: kind == .role
                  ? "invalid value '\(Diagnostic.escaped(text(fields[3])))' for valid: expected YYYY-MM-DD..YYYY-MM-DD, either side may be empty"
                  : "only a role has a valid column"))
            continue
          }
          dates = d
        }
        let words = ActorWords.words(b, start: fields[0].lowerBound, end: fields[0].upperBound)
        if let reason = add(
          words: words, variant: { text(fields[0]) }, actor: text(fields[1]), kind: kind,
          from: dates.0, to: dates.1)
        {
          problems.append(.init(line: line, reason: reason))
        }
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
    add(
      words: ActorWords.words(of: variant).words, variant: { variant },
      actor: name.trimmingCharacters(in: .whitespaces), kind: kind, from: from, to: to)
  }

  /// Adds a variant already cut into words (`variant` gives its text for messages).
  mutating func add(
    words: [ActorWord], variant: () -> String, actor actorName: String, kind: Kind, from: Int,
    to: Int
  ) -> String? {
    guard !words.isEmpty else {
      return "the variant '\(Diagnostic.escaped(variant()))' has no words"
    }
    guard !actorName.isEmpty || kind == .ignore else {
      return "the variant '\(Diagnostic.escaped(variant()))' has no actor"
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
    guard let found = actorIndex[name], name != newName else { return }
    // Merges are followed to the actor each name now is, so that no chain of merges
    // (A into B, B into C, C into A) can loop.
    let old = root(found)
    if let other = actorIndex[newName] {
      let target = root(other)
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
    let id = root(id)
    return removed.contains(id) ? nil : id
  }

  /// The actor `id` was merged into, through every merge (``rename(_:to:)`` never makes a
  /// cycle, since it merges roots into roots).
  func root(_ id: Int32) -> Int32 {
    var id = id
    while let next = aliases[id] { id = next }
    return id
  }

  /// Makes `variant` name `actor` only (a new actor if need be, of `kind`), in place of
  /// whatever it named: what a user's map means by a row for a known variant.
  ///
  /// - Returns: what is wrong with the variant, if anything.
  public mutating func map(variant: String, to actor: String, kind: Kind) -> String? {
    let words = ActorWords.words(of: variant).words
    guard !words.isEmpty else { return "the variant '\(Diagnostic.escaped(variant))' has no words" }
    let key = ActorGazetteer.key(words, lowercased: false)
    exact[key] = nil
    return add(
      words: words, variant: { variant }, actor: actor, kind: kind, from: 0, to: 99_999_999)
  }

  /// Whether `text` is a variant the gazetteer matches as written.
  public func isVariant(_ text: String) -> Bool {
    let words = ActorWords.words(of: text).words
    return !words.isEmpty && exact[ActorGazetteer.key(words, lowercased: false)] != nil
  }

  /// The key of a variant's words: their hashes (as written, or lower-cased) combined in
  /// order. Two different variants share a key with a chance of about one in 2⁶⁴.
  static func key(_ words: some Collection<ActorWord>, lowercased: Bool) -> UInt64 {
    var h: UInt64 = 0
    for w in words { h = ActorWords.combine(h, lowercased ? w.lowerHash : w.hash) }
    return h
  }

  /// `FROM..TO` as two `yyyymmdd` numbers, an empty side open; read on the bytes.
  static func validity(_ b: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
    guard let dots = (0..<max(0, b.count - 1)).first(where: { b[$0] == 0x2E && b[$0 + 1] == 0x2E })
    else { return nil }
    func day(_ r: Range<Int>, _ open: Int) -> Int? {
      if r.isEmpty { return open }
      // yyyy-mm-dd exactly.
      guard r.count == 10, b[r.lowerBound + 4] == 0x2D, b[r.lowerBound + 7] == 0x2D else {
        return nil
      }
      var n = 0
      for i in r where i != r.lowerBound + 4 && i != r.lowerBound + 7 {
        guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
        n = n * 10 + Int(b[i] - 0x30)
      }
      let month = n / 100 % 100
      let d = n % 100
      guard (1...12).contains(month), (1...31).contains(d) else { return nil }
      return n
    }
    guard let from = day(0..<dots, 0), let to = day((dots + 2)..<b.count, 99_999_999),
      from <= to
    else { return nil }
    return (from, to)
  }

}
