/// The words that actor names are matched on: what a reader sees as a name's words, with
/// their byte offsets.
///
/// - Letters (any non-ASCII letter too), digits and apostrophes inside a word (`O'Brien`);
///   curly apostrophes read as straight ones.
/// - A possessive `'s` or a trailing `'` is not part of the word (`Xi's` → `Xi`).
/// - Initials keep their periods (`U.S.`, `U.K.`); other periods end the word (`Mr.` → `Mr`).
/// - Hyphens and dashes separate words (`Russia-Ukraine` → `Russia`, `Ukraine`), so
///   `secretary-general` in the gazetteer matches `Secretary General` in a text too.
struct ActorWord: Sendable, Equatable {
  /// The word's bytes, curly apostrophes made straight.
  var text: [UInt8]
  /// Its byte range in the text.
  var start: Int
  var end: Int

  /// Whether the word starts with a capital letter (ASCII, or any non-ASCII letter, which
  /// the gazetteer's case-sensitive entries then decide).
  var isCapitalised: Bool {
    guard let b = text.first else { return false }
    return (b >= 0x41 && b <= 0x5A) || b >= 0xC0
  }

  /// The word in ASCII lower case (non-ASCII bytes kept).
  var lowercased: [UInt8] { text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 } }
}

enum ActorWords {
  /// The words of `bytes[start..<end]`.
  static func words(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> [ActorWord] {
    var out: [ActorWord] = []
    var word: [UInt8] = []
    var wordStart = start
    var i = start
    // Whether the word so far is initials (`U`, `U.S`): single letters between periods.
    var initials = true
    func finish(at e: Int) {
      // A trailing apostrophe (plural possessive) is not part of the word.
      var e = e
      while word.last == 0x27 {
        word.removeLast()
        e -= 1
      }
      if !word.isEmpty { out.append(ActorWord(text: word, start: wordStart, end: e)) }
      word.removeAll(keepingCapacity: true)
      initials = true
    }
    while i < end {
      let b = bytes[i]
      let (isLetter, length) = letter(bytes, i, end)
      if isLetter {
        if word.isEmpty {
          wordStart = i
          initials = true
        } else if word.last != 0x2E {
          initials = false  // a second letter in a row: not initials
        }
        word.append(contentsOf: bytes[i..<(i + length)])
        i += length
        continue
      }
      // An apostrophe inside a word: straight (') or curly (’, E2 80 99).
      let apostrophe =
        b == 0x27
        ? 1
        : (b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99)
          ? 3 : 0
      if apostrophe > 0, !word.isEmpty {
        let next = i + apostrophe
        // `'s` followed by a non-letter is a possessive: the word ends before it.
        if next < end, bytes[next] == 0x73 || bytes[next] == 0x53,
          next + 1 >= end || !letter(bytes, next + 1, end).0
        {
          finish(at: i)
          i = next + 1
          continue
        }
        if next < end, letter(bytes, next, end).0 {
          word.append(0x27)
          initials = false
          i = next
          continue
        }
        finish(at: i)
        i = next
        continue
      }
      if b == 0x2E, !word.isEmpty, initials, word.last != 0x2E {
        // `U.S.`: a period after a single letter of initials stays in the word.
        word.append(0x2E)
        i += 1
        continue
      }
      if !word.isEmpty { finish(at: i) }
      i += 1
    }
    if !word.isEmpty { finish(at: end) }
    return out
  }

  /// Whether the character at `i` is a letter or digit, and its length in bytes.
  static func letter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Bool, Int) {
    let b = bytes[i]
    if b < 0x80 {
      let isLetter =
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
      return (isLetter, 1)
    }
    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    guard i + length <= end, length > 1 else { return (false, 1) }
    var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<length { scalar = scalar << 6 | (UInt32(bytes[i + k]) & 0x3F) }
    guard let s = Unicode.Scalar(scalar) else { return (false, length) }
    let p = s.properties
    return (p.isAlphabetic || p.generalCategory == .nonspacingMark, length)
  }

  /// The words of a gazetteer entry, split as a text's words are.
  static func words(of text: String) -> [ActorWord] {
    var copy = text
    return copy.withUTF8 { words($0, start: 0, end: $0.count) }
  }
}
