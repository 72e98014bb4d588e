/// An evaluative lexicon: words and multiword expressions, each in one class (`conflict`,
/// `praise`, ...), matched on the tokenizer's tokens.
///
/// The file format is UTF-8 text, one entry per line, `entry<TAB>class`; blank lines and
/// lines starting with `#` are skipped. An entry is tokenized with ``Tokenizer``, so case,
/// curly apostrophes and possessives fold as they do in the text, and a hyphen separates
/// tokens as a space does: `cease-fire` matches "cease-fire", "Cease-Fire" and "cease
/// fire"; `ceasefire` is an entry of its own. A class named `negation` marks negators:
/// a match of another class within ``negationScope`` tokens after a negator, with no
/// punctuation between them, is a negated match (`not welcome` → negated `warmth`). A
/// class named `contrast` marks where a sentence turns (`but`, `even as`, `although`):
/// matches after the last one are flagged ``Match/final``, since a mixed sentence is
/// labeled by the part it ends on.
///
/// Matching is longest first: at each token the longest entry that starts there wins, and
/// matching goes on after it, so that `war of words` is one match rather than `war`.
public struct Lexicon: Sendable, Equatable {
  /// One matched entry in a text.
  public struct Match: Sendable, Equatable {
    /// The class of the entry.
    public var classIndex: Int
    /// Whether a negator precedes it within the scope.
    public var negated: Bool
    /// Whether it comes after the unit's last `contrast` match.
    public var final = false
    /// Its first token in the ``TokenBuffer``.
    public var firstToken: Int
    /// Its number of tokens.
    public var tokenCount: Int
    /// The entry that matched (index into ``entries``).
    public var entry: Int
  }

  /// The class names, sorted.
  public let classes: [String]
  /// The entries as written in the file (trimmed), in file order.
  public let entries: [String]
  /// The class of each entry.
  public let entryClasses: [Int]
  /// Tokens a negator reaches.
  public let negationScope: Int
  /// Index of the `negation` class, if the lexicon has one.
  public let negationClass: Int?
  /// Index of the `contrast` class, if the lexicon has one.
  public let contrastClass: Int?

  /// Distinct entry tokens → id.
  private let tokenIDs: TermTable
  /// Token ids of every entry, back to back; entry `e` is `sequence[starts[e]..<starts[e + 1]]`.
  private let sequence: [Int32]
  private let starts: [Int]
  /// For each token id, the entries that start with it, longest first (then file order).
  private let candidates: [[Int32]]

  /// The default reach of a negator.
  public static let defaultNegationScope = 3
  /// Longest entry, in tokens.
  public static let maxEntryTokens = 8

  /// A lexicon from `(entry, class)` pairs.
  ///
  /// - Throws: ``FeaturesError/invalidLexicon(path:line:reason:)`` naming `lines[i]` (or
  ///   the pair's position) for an entry with no word, too many words, or the same words
  ///   as an earlier entry.
  public init(
    pairs: [(entry: String, class: String)], lines: [Int]? = nil, path: String = "lexicon",
    negationScope: Int = Lexicon.defaultNegationScope
  ) throws {
    let classes = Array(Set(pairs.map(\.class))).sorted()
    let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
    let tokenizer = Tokenizer()
    var tokenIDs = TermTable(capacity: pairs.count)
    var sequence: [Int32] = []
    var starts: [Int] = [0]
    // Entries by their token ids (as bytes), to find one with the same words as an earlier.
    var seen = TermTable(capacity: pairs.count)
    var entryOfSeen: [Int] = []
    var firstOf: [[Int32]] = []
    var buffer = TokenBuffer()
    var ids: [Int32] = []
    var key: [UInt8] = []
    for (i, pair) in pairs.enumerated() {
      let line = lines?[i] ?? i + 1
      buffer.removeAll()
      var text = pair.entry
      text.withUTF8 { tokenizer.tokenize($0, into: &buffer) }
      guard !buffer.tokens.isEmpty else {
        throw FeaturesError.invalidLexicon(
          path: path, line: line, reason: "the entry '\(pair.entry)' has no word in it")
      }
      guard buffer.tokens.count <= Lexicon.maxEntryTokens else {
        throw FeaturesError.invalidLexicon(
          path: path, line: line,
          reason: "the entry '\(pair.entry)' has more than \(Lexicon.maxEntryTokens) words")
      }
      ids.removeAll(keepingCapacity: true)
      buffer.bytes.withUnsafeBufferPointer { b in
        for t in buffer.tokens {
          ids.append(
            tokenIDs.insert(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])).id)
        }
      }
      key.removeAll(keepingCapacity: true)
      for id in ids { withUnsafeBytes(of: id.littleEndian) { key.append(contentsOf: $0) } }
      let (known, new) = key.withUnsafeBufferPointer { seen.insert($0) }
      if new {
        entryOfSeen.append(i)
      } else {
        let earlier = entryOfSeen[Int(known)]
        let at = lines?[earlier] ?? earlier + 1
        throw FeaturesError.invalidLexicon(
          path: path, line: line,
          reason:
            "the entry '\(pair.entry)' has the same words as line \(at) ('\(pairs[earlier].entry)')"
        )
      }
      while firstOf.count < tokenIDs.count { firstOf.append([]) }
      firstOf[Int(ids[0])].append(Int32(i))
      sequence.append(contentsOf: ids)
      starts.append(sequence.count)
    }
    for t in firstOf.indices {
      firstOf[t].sort { a, b in
        let (la, lb) = (starts[Int(a) + 1] - starts[Int(a)], starts[Int(b) + 1] - starts[Int(b)])
        return la != lb ? la > lb : a < b
      }
    }
    self.classes = classes
    self.entries = pairs.map(\.entry)
    self.entryClasses = pairs.map { classIndex[$0.class]! }
    self.negationScope = negationScope
    self.negationClass = classIndex["negation"]
    self.contrastClass = classIndex["contrast"]
    self.tokenIDs = tokenIDs
    self.sequence = sequence
    self.starts = starts
    self.candidates = firstOf
  }

  /// Parses a lexicon file's bytes.
  ///
  /// - Throws: ``FeaturesError/invalidLexicon(path:line:reason:)`` for a line without
  ///   exactly one tab, an empty entry or class, a class name that is not lower-case
  ///   letters, digits, `_` and `-`, or an entry given twice; ``FeaturesError/invalidUTF8(path:byte:line:)``.
  public init(
    parsing bytes: [UInt8], path: String, negationScope: Int = Lexicon.defaultNegationScope
  ) throws {
    let lines = try Lexicon.entryLines(bytes, path: path)
    try self.init(
      pairs: lines.map { ($0.entry, $0.class) }, lines: lines.map(\.line), path: path,
      negationScope: negationScope)
  }

  /// The `entry<TAB>class` lines of a lexicon or gazetteer file, with their line numbers.
  ///
  /// - Throws: ``FeaturesError/invalidLexicon(path:line:reason:)`` for a line without
  ///   exactly one tab, an empty entry or class, a class name that is not lower-case
  ///   letters, digits, `_` and `-`, or a file with no entry; the errors of
  ///   ``TextFile/init(path:bytes:)``.
  static func entryLines(_ bytes: [UInt8], path: String) throws -> [(
    entry: String, class: String, line: Int
  )] {
    let file = try TextFile(path: path, bytes: bytes)
    let text = String(decoding: file.bytes[file.contentStart...], as: UTF8.self)
    var out: [(entry: String, class: String, line: Int)] = []
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var line = Substring(raw)
      if line.hasSuffix("\r") { line = line.dropLast() }
      let trimmed = line.trimmingSpaces
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2 else {
        throw FeaturesError.invalidLexicon(
          path: path, line: n + 1,
          reason: "expected 'entry<TAB>class', found \(fields.count - 1) tab(s)")
      }
      let entry = String(fields[0].trimmingSpaces)
      let name = String(fields[1].trimmingSpaces)
      guard !entry.isEmpty, !name.isEmpty else {
        throw FeaturesError.invalidLexicon(
          path: path, line: n + 1, reason: "the entry or the class is empty")
      }
      guard name.utf8.allSatisfy({ Lexicon.isClassByte($0) }) else {
        throw FeaturesError.invalidLexicon(
          path: path, line: n + 1,
          reason: "the class '\(name)' is not lower-case letters, digits, '_' or '-'")
      }
      out.append((entry, name, n + 1))
    }
    guard !out.isEmpty else {
      throw FeaturesError.invalidLexicon(path: path, line: 1, reason: "the file has no entry")
    }
    return out
  }

  /// Reads and parses the lexicon file at `path`.
  public init(contentsOf path: String, negationScope: Int = Lexicon.defaultNegationScope) throws {
    try self.init(
      parsing: TextFile.readBytes(path: path), path: path, negationScope: negationScope)
  }

  static func isClassByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D
  }

  /// Number of tokens of entry `e`.
  public func tokenCount(ofEntry e: Int) -> Int { starts[e + 1] - starts[e] }

  /// Appends the matches in `buffer` to `matches`, in token order. `ids` is scratch space.
  ///
  /// Two tokens are adjacent when at most one byte (a space or a hyphen) lies between them
  /// in the source; a multiword entry matches adjacent tokens only, and a negator's scope
  /// ends at the first gap of more (punctuation) or after ``negationScope`` tokens.
  ///
  /// - Complexity: O(tokens × candidate entries per token × entry length).
  ///
  /// Matching starts at token `firstToken` (the tokens before it are another text's); a
  /// token the tokenizer marked as negated (`not_` and its word, see
  /// ``markNegationScopes(_:from:)``) matches as its word.
  public func matches(
    in buffer: TokenBuffer, from firstToken: Int = 0, into matches: inout [Match],
    ids: inout [Int32]
  ) {
    let tokens = buffer.tokens
    let n = tokens.count
    let first = matches.count
    guard firstToken < n else { return }
    // ids[i - firstToken] is token i's id.
    ids.removeAll(keepingCapacity: true)
    buffer.bytes.withUnsafeBufferPointer { b in
      for t in tokens[firstToken...] {
        var s = Int(t.start)
        let e = Int(t.end)
        if Lexicon.isNegatedToken(b, s, e) { s += Lexicon.negatedPrefix.count }
        ids.append(tokenIDs.find(UnsafeBufferPointer(rebasing: b[s..<e])))
      }
    }
    @inline(__always) func adjacent(_ i: Int) -> Bool {
      tokens[i].sourceStart - tokens[i - 1].sourceEnd <= 1
    }
    var scopeLeft = 0
    var i = firstToken
    while i < n {
      if i > firstToken && !adjacent(i) { scopeLeft = 0 }
      let id = ids[i - firstToken]
      var matched = 0
      if id >= 0 {
        for e in candidates[Int(id)] {
          let e = Int(e)
          let length = starts[e + 1] - starts[e]
          guard i + length <= n else { continue }
          var ok = true
          var t = 1
          while t < length {
            if ids[i + t - firstToken] != sequence[starts[e] + t] || !adjacent(i + t) {
              ok = false
              break
            }
            t += 1
          }
          guard ok else { continue }
          let c = entryClasses[e]
          if c == negationClass {
            matches.append(
              Match(classIndex: c, negated: false, firstToken: i, tokenCount: length, entry: e))
            matched = length
            scopeLeft = negationScope + length
          } else {
            matches.append(
              Match(
                classIndex: c, negated: scopeLeft > 0, firstToken: i, tokenCount: length, entry: e))
            matched = length
          }
          break
        }
      }
      let step = max(1, matched)
      scopeLeft = max(0, scopeLeft - step)
      i += step
    }
    if let contrastClass,
      let last = matches[first...].lastIndex(where: { $0.classIndex == contrastClass })
    {
      for m in (last + 1)..<matches.count { matches[m].final = true }
    }
  }

  /// The bytes that mark a token as negated: `not_` before its word (no word token holds
  /// `_`, so that a marked token never equals a word).
  public static let negatedPrefix: [UInt8] = Array("not_".utf8)

  /// Whether the token bytes `b[s..<e]` are a word marked as negated.
  @inline(__always)
  static func isNegatedToken(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    e - s > 4 && b[s + 3] == 0x5F && b[s] == 0x6E && b[s + 1] == 0x6F && b[s + 2] == 0x74
  }

  /// Marks the words in the scope of each negator among the tokens of `buffer` from
  /// `firstToken` on: every token after a `negation` match, up to the first gap of more
  /// than one byte between two tokens (a comma, a full stop, a dash between spaces) or the
  /// end of the text, becomes `not_` and its word (`did not condemn the strike` →
  /// `did not not_condemn not_the not_strike`), so that the n-grams of a negated phrase
  /// are columns of their own. The negator itself stays as it is; so do name class tokens
  /// (`_person_`), which carry no weight. Matching is the lexicon's, longest first, so a
  /// negator inside a longer entry (`no doubt`, if an entry) starts no scope. Without a
  /// `negation` class nothing changes.
  ///
  /// Marked bytes are appended to ``TokenBuffer/bytes``; source offsets are unchanged.
  public func markNegationScopes(_ buffer: inout TokenBuffer, from firstToken: Int) {
    guard let negationClass, firstToken < buffer.tokens.count else { return }
    var found = buffer.lexiconMatches
    var ids = buffer.lexiconIDs
    buffer.lexiconMatches = []
    buffer.lexiconIDs = []
    defer {
      buffer.lexiconMatches = found
      buffer.lexiconIDs = ids
    }
    found.removeAll(keepingCapacity: true)
    matches(in: buffer, from: firstToken, into: &found, ids: &ids)
    let n = buffer.tokens.count
    for m in found where m.classIndex == negationClass {
      var j = m.firstToken + m.tokenCount
      while j < n && buffer.tokens[j].sourceStart - buffer.tokens[j - 1].sourceEnd <= 1 {
        let t = buffer.tokens[j]
        let (s, e) = (Int(t.start), Int(t.end))
        let skip = buffer.bytes.withUnsafeBufferPointer { b in
          b[s] == 0x5F || Lexicon.isNegatedToken(b, s, e)
        }
        if !skip {
          let start = Int32(buffer.bytes.count)
          buffer.bytes.append(contentsOf: Lexicon.negatedPrefix)
          for k in s..<e { buffer.bytes.append(buffer.bytes[k]) }
          buffer.tokens[j].start = start
          buffer.tokens[j].end = Int32(buffer.bytes.count)
        }
        j += 1
      }
    }
  }

  /// The matches of `text` (for tests and tools).
  public func matches(of text: String) -> [(
    entry: String, class: String, negated: Bool, final: Bool
  )] {
    var buffer = TokenBuffer()
    var copy = text
    copy.withUTF8 { Tokenizer().tokenize($0, into: &buffer) }
    var found: [Match] = []
    var ids: [Int32] = []
    matches(in: buffer, into: &found, ids: &ids)
    return found.map { (entries[$0.entry], classes[$0.classIndex], $0.negated, $0.final) }
  }

  public static func == (a: Lexicon, b: Lexicon) -> Bool {
    a.classes == b.classes && a.entries == b.entries && a.entryClasses == b.entryClasses
      && a.negationScope == b.negationScope
  }
}

extension Substring {
  var trimmingSpaces: Substring {
    var s = self
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return s
  }
}
