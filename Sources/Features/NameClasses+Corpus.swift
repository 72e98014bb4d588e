extension NameClasses {
  /// The class of the names found in a training corpus (``corpusNames(in:minimumCount:excluding:)``).
  public static let corpusClass = "name"

  /// The words a corpus writes as names: words that it never writes in lower case and
  /// writes with a capital at least `minimumCount` times after the first word of a
  /// sentence (where a capital says nothing). Local officials, invented residents,
  /// companies and organisations a gazetteer cannot list are then kept out of the
  /// weights as its names are; a word the texts also write in lower case ("may", "rice",
  /// "young") stays a word. Words with an apostrophe, words that start with a digit, and
  /// the words of `excluded` (the lexicon's, say, so that no entry loses its match) are
  /// left out. In byte order.
  ///
  /// - Complexity: O(bytes) in the texts.
  public static func corpusNames(
    in texts: TextColumn, minimumCount: Int = 2, excluding excluded: Set<String> = []
  ) -> [String] {
    let tokenizer = Tokenizer()
    var table = TermTable(capacity: 1 << 12)
    // Per word: capitalised after a sentence's first word, and lower case.
    var capitalised: [Int32] = []
    var lower: [Int32] = []
    var buffer = TokenBuffer()
    for i in 0..<texts.count {
      texts.withUTF8(i) { text in
        buffer.removeAll()
        tokenizer.tokenize(text, into: &buffer)
        buffer.bytes.withUnsafeBufferPointer { b in
          for (n, t) in buffer.tokens.enumerated() {
            let word = UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])
            guard let first = word.first, !(first >= 0x30 && first <= 0x39),
              !word.contains(0x27)
            else { continue }
            let (id, _) = table.insert(word)
            while capitalised.count < table.count {
              capitalised.append(0)
              lower.append(0)
            }
            if NameClasses.startsWithCapital(text, at: t.sourceStart) {
              if n > 0 && !NameClasses.opensSentence(text, before: t.sourceStart) {
                capitalised[Int(id)] += 1
              }
            } else if NameClasses.startsWithLowercase(text, at: t.sourceStart) {
              lower[Int(id)] += 1
            }
          }
        }
      }
    }
    var names: [[UInt8]] = []
    for id in 0..<table.count where capitalised[id] >= minimumCount && lower[id] == 0 {
      let bytes = table.withBytes(of: id) { Array($0) }
      if excluded.contains(String(decoding: bytes, as: UTF8.self)) { continue }
      names.append(bytes)
    }
    names.sort { $0.lexicographicallyPrecedes($1) }
    return names.map { String(decoding: $0, as: UTF8.self) }
  }

  /// This gazetteer with `words` added in ``corpusClass``, less the words it already has.
  ///
  /// - Throws: ``FeaturesError/invalidLexicon(path:line:reason:)`` for a word that is not
  ///   one lower-case token.
  public func adding(_ words: [String]) throws -> NameClasses {
    let known = Set(names)
    var pairs = zip(names, nameClasses).map { (name: $0, class: classes[$1]) }
    for word in words where !known.contains(word) {
      pairs.append((name: word, class: NameClasses.corpusClass))
    }
    return try NameClasses(pairs: pairs, path: "the names of the training texts")
  }

  /// Whether the text before byte `i`, less spaces, ends a sentence or opens a quotation,
  /// a parenthesis or a dash (where any word may take a capital), or is empty.
  static func opensSentence(_ text: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && (text[j] == 0x20 || text[j] == 0x09 || text[j] == 0x0A || text[j] == 0x0D) {
      j -= 1
    }
    guard j >= 0 else { return true }
    switch text[j] {
    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"),
      UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "-"):
      return true
    default: break
    }
    // A multi-byte mark before it: curly quotes (U+2018, U+201C) and dashes (U+2013, U+2014).
    guard text[j] >= 0x80 else { return false }
    var s = j
    while s > 0 && text[s] & 0xC0 == 0x80 { s -= 1 }
    let (scalar, _) = Tokenizer.decode(text, at: s)
    return scalar == 0x2018 || scalar == 0x201C || scalar == 0x2013 || scalar == 0x2014
      || scalar == 0x2019 || scalar == 0x201D || scalar == 0x00AB || scalar == 0x00BB
  }

  static func startsWithLowercase(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i >= 0, i < text.count else { return false }
    let b = text[i]
    if b < 0x80 { return b >= 0x61 && b <= 0x7A }
    let (scalar, _) = Tokenizer.decode(text, at: i)
    return Unicode.Scalar(scalar)?.properties.isLowercase ?? false
  }
}
