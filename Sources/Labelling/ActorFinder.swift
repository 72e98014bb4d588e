import Features

/// Finds the actors each unit of an article mentions, by a method that can be checked by
/// hand:
///
/// 1. **Gazetteer, longest match first.** At each word, the longest variant of
///    ``ActorGazetteer`` that starts there wins ("Vladimir Putin" before "Putin").
///    Variants match as written (capitals and all); roles match in any case.
/// 2. **Places are not actors.** A `capital` right after a place preposition ("talks in
///    Moscow", "flew to Beijing") names no one.
/// 3. **A title's nationality belongs to the person.** A country, capital or role right
///    before a person's name ("Russian President Vladimir Putin", "Chinese Foreign
///    Minister Wang Yi") is part of that person's mention and names no other actor.
/// 4. **Roles.** A role alone ("the Russian president") is the holder already named in
///    the article, else the holder on the article's date, else the only holder listed;
///    when none of these decides, it names no one.
/// 5. **Titled names outside the gazetteer.** Capitalised words after a title ("Prime
///    Minister Kaja Kallas", "Mr Haftar", "Field Marshal Khalifa Haftar") are a person,
///    named by those words; later in the article the last of those words alone ("Kallas
///    said") is that person too, as is the last word of a person's full name that the
///    gazetteer does not list on its own.
///
/// Names are linked within one piece of text (``Labeller/pieceSize`` bytes, the whole of
/// any ordinary article). Page furniture gets no actors.
public struct ActorFinder: Sendable {
  public let gazetteer: ActorGazetteer
  /// A bit per hash of every word that can start a match (a variant's first word, as
  /// written or lower-cased for roles, and the title words): most words of a text hit no
  /// bit and cost one load.
  let starts: [UInt64]

  public init(gazetteer: ActorGazetteer) {
    self.gazetteer = gazetteer
    var bits = [UInt64](repeating: 0, count: ActorFinder.filterWords)
    for h in Array(gazetteer.firstWords.keys) + Array(gazetteer.roleFirstWords.keys)
      + Array(ActorFinder.titles)
    {
      let b = ActorFinder.bit(h)
      bits[b >> 6] |= 1 << UInt64(b & 63)
    }
    starts = bits
  }

  static let filterWords = 1 << 12

  static func bit(_ h: UInt64) -> Int { Int((h ^ (h >> 29)) & UInt64(filterWords * 64 - 1)) }

  /// Whether a match or a title may start at `w`.
  func mayStart(_ w: ActorWord) -> Bool {
    let a = ActorFinder.bit(w.hash)
    let b = ActorFinder.bit(w.lowerHash)
    return starts[a >> 6] & (1 << UInt64(a & 63)) != 0
      || starts[b >> 6] & (1 << UInt64(b & 63)) != 0
  }

  /// The actors of each of `units` (in `bytes`), in order of first mention, each once;
  /// `date` (`yyyy-mm-dd`) decides roles when the article names no holder.
  ///
  /// - Complexity: O(words × longest variant).
  public func actors(
    of units: [TextUnit], in bytes: UnsafeBufferPointer<UInt8>, date: String? = nil
  ) -> [[String]] {
    var state = State(date: date)
    return units.map { unit in
      unit.kind == .furniture
        ? [] : actors(ActorWords.words(bytes, start: unit.start, end: unit.end), bytes, &state)
    }
  }

  /// The actors of a text on its own.
  public func actors(of text: String, date: String? = nil) -> [String] {
    var copy = text
    return copy.withUTF8 { b in
      var state = State(date: date)
      return actors(ActorWords.words(b, start: 0, end: b.count), b, &state)
    }
  }

  /// What the article has named so far.
  struct State {
    var day: Int?
    /// Gazetteer people already named.
    var people: Set<Int32> = []
    /// Names outside the gazetteer's own words, by the hash of their last word.
    var titled: [UInt64: String] = [:]

    init(date: String?) {
      day = Period.parse(date).map { $0.year! * 10_000 + $0.month! * 100 + $0.day! }
    }
  }

  /// A gazetteer match: its entries and the word after it.
  struct Match {
    var entries: [ActorGazetteer.Entry]
    var end: Int
  }

  /// A title and the name after it.
  struct Titled {
    /// The name, when one follows that the gazetteer does not know.
    var name: String?
    /// The word after the titles (a gazetteer name starts there) or after the name.
    var end: Int
    /// The hash of the name's last word.
    var last: UInt64
  }

  func actors(_ words: [ActorWord], _ bytes: UnsafeBufferPointer<UInt8>, _ state: inout State)
    -> [String]
  {
    var found: [String] = []
    func add(_ name: String) { if !found.contains(name) { found.append(name) } }
    var i = 0
    while i < words.count {
      guard mayStart(words[i]) else {
        if words[i].isCapitalised, !state.titled.isEmpty, let name = state.titled[words[i].hash] {
          add(name)
        }
        i += 1
        continue
      }
      if let m = match(words, at: i) {
        let kind = m.entries[0].kind
        switch kind {
        case .person:
          if let id = gazetteer.canonical(m.entries[0].actor) {
            state.people.insert(id)
            let name = gazetteer.actors[Int(id)].name
            add(name)
            // Its last word alone is that person later on, unless the gazetteer says
            // otherwise ("Anton Veselin" given by a map, then "Mr. Veselin").
            let last = words[m.end - 1].hash
            if m.end - i > 1, gazetteer.firstWords[last] == nil { state.titled[last] = name }
          }
        case .country, .organisation, .capital:
          let place =
            kind == .capital && i > 0
            && ActorFinder.placePrepositions.contains(words[i - 1].lowerHash)
          let title = kind != .organisation && personFollows(words, bytes, at: m.end, state)
          if !place && !title, let id = gazetteer.canonical(m.entries[0].actor) {
            add(gazetteer.actors[Int(id)].name)
          }
        case .ignore:
          break
        case .role:
          if !personFollows(words, bytes, at: m.end, state),
            let id = holder(of: m.entries, state)
          {
            add(gazetteer.actors[Int(id)].name)
          }
        }
        i = m.end
        continue
      }
      if let t = titledName(words, bytes, at: i, state) {
        if let name = t.name {
          add(name)
          if gazetteer.actor(named: name) == nil { state.titled[t.last] = name }
        }
        i = t.end
        continue
      }
      if words[i].isCapitalised, let name = state.titled[words[i].hash] { add(name) }
      i += 1
    }
    return found
  }

  /// The longest gazetteer variant starting at word `i`.
  func match(_ words: [ActorWord], at i: Int) -> Match? {
    let exactLength = gazetteer.firstWords[words[i].hash] ?? 0
    let roleLength = gazetteer.roleFirstWords[words[i].lowerHash] ?? 0
    let longest = min(max(exactLength, roleLength), words.count - i)
    guard longest > 0 else { return nil }
    // The keys of the first 1, 2, ... words, built once.
    var exactKeys: [UInt64] = []
    var roleKeys: [UInt64] = []
    var e: UInt64 = 0
    var r: UInt64 = 0
    for k in i..<(i + longest) {
      e = ActorWords.combine(e, words[k].hash)
      r = ActorWords.combine(r, words[k].lowerHash)
      exactKeys.append(e)
      roleKeys.append(r)
    }
    var length = longest
    while length > 0 {
      if length <= exactLength, let found = gazetteer.exact[exactKeys[length - 1]], !found.isEmpty {
        return Match(entries: found, end: i + length)
      }
      if length <= roleLength, let found = gazetteer.roles[roleKeys[length - 1]], !found.isEmpty {
        return Match(entries: found, end: i + length)
      }
      length -= 1
    }
    return nil
  }

  /// Whether a person's name starts at word `j`, with or without a title before it.
  func personFollows(
    _ words: [ActorWord], _ bytes: UnsafeBufferPointer<UInt8>, at j: Int, _ state: State
  ) -> Bool {
    guard j < words.count, words[j].isCapitalised else { return false }
    // Only spaces between: "Russia, Putin said" names both.
    if j > 0 {
      for k in words[j - 1].end..<words[j].start where bytes[k] != 0x20 { return false }
    }
    if let m = match(words, at: j) { return m.entries[0].kind == .person }
    if let t = titledName(words, bytes, at: j, state) {
      if t.name != nil { return true }
      guard t.end < words.count, let m = match(words, at: t.end) else { return false }
      return m.entries[0].kind == .person
    }
    return state.titled[words[j].hash] != nil
  }

  /// The holder a role stands for, by rule 4.
  func holder(of entries: [ActorGazetteer.Entry], _ state: State) -> Int32? {
    let ids = entries.compactMap { gazetteer.canonical($0.actor) }
    if let named = ids.first(where: { state.people.contains($0) }) { return named }
    if let day = state.day,
      let e = entries.first(where: { $0.from <= day && day <= $0.to }),
      let id = gazetteer.canonical(e.actor)
    {
      return id
    }
    return Set(ids).count == 1 ? ids[0] : nil
  }

  /// Title words from word `i` and the name after them, or `nil` when word `i` is no title.
  func titledName(
    _ words: [ActorWord], _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ state: State
  ) -> Titled? {
    var j = i
    var core = false
    while j < words.count {
      let w = words[j]
      if w.isCapitalised && ActorFinder.titles.contains(w.hash) {
        if !ActorFinder.modifiers.contains(w.hash) { core = true }
        j += 1
      } else if j > i, ActorFinder.titleLinks.contains(w.hash), j + 1 < words.count,
        ActorFinder.titles.contains(words[j + 1].hash)
      {
        j += 1
      } else if j > i, w.hash == ActorFinder.elect {
        j += 1
      } else {
        break
      }
    }
    // "General Motors", "State Media", "Chief Executive": words that only qualify a title
    // make none on their own.
    guard j > i, core else { return nil }
    guard j < words.count, words[j].isCapitalised else { return Titled(name: nil, end: j, last: 0) }
    // A gazetteer variant after the titles is read by the caller from word `j`.
    if match(words, at: j) != nil { return Titled(name: nil, end: j, last: 0) }
    if let known = state.titled[words[j].hash] {
      return Titled(name: known, end: j + 1, last: words[j].hash)
    }
    var end = j
    while end < words.count, end - j < 3, words[end].isCapitalised,
      !ActorFinder.titles.contains(words[end].hash),
      !ActorFinder.notNames.contains(words[end].hash), match(words, at: end) == nil
    {
      end += 1
    }
    guard end > j else { return Titled(name: nil, end: j, last: 0) }
    var name: [UInt8] = []
    for k in j..<end {
      if k > j { name.append(0x20) }
      name += words[k].text(in: bytes)
    }
    return Titled(name: String(decoding: name, as: UTF8.self), end: end, last: words[end - 1].hash)
  }

  /// After these a capital is a place, not its government.
  static let placePrepositions: Set<UInt64> = Set(
    [
      "in", "at", "to", "from", "near", "outside", "across", "into", "via", "around", "toward",
      "towards", "through", "within", "inside", "throughout", "of",
    ].map { ActorWords.hash($0).hash })

  /// Words of titles before a person's name (capitalised).
  static let titles: Set<UInt64> = Set(
    [
      "President", "Vice", "Prime", "Minister", "Chancellor", "Foreign", "Defence", "Defense",
      "Finance", "Interior", "Trade", "Economy", "Secretary", "General", "Deputy", "State",
      "Premier", "King", "Queen", "Prince", "Princess", "Crown", "Emir", "Sheikh", "Sheikha",
      "Sultan", "Ayatollah", "Pope", "Senator", "Sen", "Rep", "Representative", "Congressman",
      "Congresswoman", "Governor", "Gov", "Mayor", "Ambassador", "Envoy", "Commissioner",
      "Chairman", "Chairwoman", "Speaker", "Chief", "Mr", "Mrs", "Ms", "Dr", "Lt",
      "Lieutenant", "Colonel", "Col", "Gen", "Maj", "Admiral", "Adm", "Marshal", "Field",
      "Spokesman", "Spokeswoman", "Spokesperson", "Supreme", "Justice", "Judge", "Archbishop",
      "Patriarch", "Cardinal", "Lord", "Lady", "Sir", "Dame",
    ].map { ActorWords.hash($0).hash })

  /// Title words that only qualify a title ("Prime", "Foreign", "General"): a title needs
  /// one of the others.
  static let modifiers: Set<UInt64> = Set(
    [
      "Vice", "Prime", "Foreign", "Defence", "Defense", "Finance", "Interior", "Trade",
      "Economy", "General", "Deputy", "State", "Crown", "Chief", "Supreme", "Field",
    ].map { ActorWords.hash($0).hash })

  /// Lower-case words that may join title words ("Secretary of State").
  static let titleLinks: Set<UInt64> = Set(["of", "for"].map { ActorWords.hash($0).hash })

  /// `elect`, as in "President-elect".
  static let elect = ActorWords.hash("elect").hash

  /// Capitalised words that follow a title without being a name ("General Assembly",
  /// "Prime Minister's Office").
  static let notNames: Set<UInt64> = Set(
    [
      "The", "A", "An", "And", "Of", "In", "On", "At", "For", "To", "With", "By", "From", "Office",
      "Department", "Ministry", "Assembly", "Council", "Committee", "House", "Court", "Party",
      "Union", "Nations", "Republic", "States", "Kingdom", "Government", "Administration",
      "Cabinet", "Palace", "Residence", "Said", "Says", "Told", "Has", "Had", "Was", "Is",
      "Will", "Would", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Who",
      "Which", "What", "When", "Where", "Why", "How", "Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December",
      "Street", "Square", "Hall", "Summit", "Staff", "Services", "Security", "Affairs",
      "Forces", "Army", "Navy", "Command", "Headquarters", "Press", "Agency", "News",
    ].map { ActorWords.hash($0).hash })
}
