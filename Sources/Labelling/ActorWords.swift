/// The words that actor names are matched on: what a reader sees as a name's words, with
/// their byte offsets.
///
/// - Letters (any non-ASCII letter too), digits and apostrophes inside a word (`O'Brien`);
///   curly apostrophes read as straight ones.
/// - A possessive `'s` or a trailing `'` is not part of the word (`Xi's` → `Xi`).
/// - Initials keep their periods (`U.S.`, `U.K.`); other periods end the word (`Mr.` → `Mr`).
/// - Hyphens and dashes separate words (`Russia-Ukraine` → `Russia`, `Ukraine`), so
///   `secretary-general` in the gazetteer matches `Secretary General` in a text too.
///
/// A word is kept as its byte range and two 64-bit hashes of its bytes (as written, and
/// with ASCII letters in lower case), so that matching allocates nothing per word; the
/// gazetteer's variants are cut and hashed the same way.
struct ActorWord: Sendable, Equatable {
  /// Its byte range in the text.
  var start: Int
  var end: Int
  /// FNV-1a of its bytes as written (curly apostrophes made straight), and of the same
  /// bytes with ASCII letters in lower case.
  var hash: UInt64
  var lowerHash: UInt64
  /// Whether the word starts with a capital letter (ASCII, or any non-ASCII letter, which
  /// the gazetteer's case-sensitive entries then decide).
  var isCapitalised: Bool

  /// The word's bytes, curly apostrophes made straight.
  func text(in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    var i = start
    while i < end {
      if bytes[i] == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 {
        out.append(0x27)
        i += 3
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return out
  }
}

enum ActorWords {
  static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// The hashes of a plain ASCII word (for the matcher's word lists).
  static func hash(_ word: String) -> (hash: UInt64, lower: UInt64) {
    var h = offset
    var l = offset
    for b in word.utf8 {
      h = (h ^ UInt64(b)) &* prime
      l = (l ^ UInt64(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)) &* prime
    }
    return (h, l)
  }

  /// The hash of a sequence of words' hashes (a variant's key).
  static func combine(_ seed: UInt64, _ word: UInt64) -> UInt64 {
    var h = (seed ^ word) &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 31
    return h &* 0xBF58_476D_1CE4_E5B9
  }

  /// The words of `bytes[start..<end]`.
  static func words(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> [ActorWord] {
    var out: [ActorWord] = []
    var length = 0  // bytes in the word so far, as normalised
    var last: UInt8 = 0  // the word's last byte, as normalised
    var hash = offset
    var lower = offset
    var wordStart = start
    var wordEnd = start
    var capital = false
    // Whether the word so far is initials (`U`, `U.S`): single letters between periods.
    var initials = true
    func push(_ b: UInt8) {
      hash = (hash ^ UInt64(b)) &* prime
      lower = (lower ^ UInt64(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)) &* prime
      last = b
      length += 1
    }
    // An apostrophe is pushed only with a letter after it, so a word never ends in one
    // (a plural possessive's apostrophe stays out).
    func finish() {
      if length > 0 {
        out.append(
          ActorWord(
            start: wordStart, end: wordEnd, hash: hash, lowerHash: lower, isCapitalised: capital))
      }
      length = 0
      hash = offset
      lower = offset
      last = 0
      initials = true
    }
    var i = start
    while i < end {
      let b = bytes[i]
      let (isLetter, size) = letter(bytes, i, end)
      if isLetter {
        if length == 0 {
          wordStart = i
          capital = (b >= 0x41 && b <= 0x5A) || b >= 0xC0
        } else if last != 0x2E {
          initials = false  // a second letter in a row: not initials
        }
        for k in i..<(i + size) { push(bytes[k]) }
        i += size
        wordEnd = i
        continue
      }
      // An apostrophe inside a word: straight (') or curly (’, E2 80 99).
      let apostrophe =
        b == 0x27
        ? 1 : (b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99) ? 3 : 0
      if apostrophe > 0, length > 0 {
        let next = i + apostrophe
        // `'s` followed by a non-letter is a possessive: the word ends before it.
        if next < end, bytes[next] == 0x73 || bytes[next] == 0x53,
          next + 1 >= end || !letter(bytes, next + 1, end).0
        {
          finish()
          i = next + 1
          continue
        }
        if next < end, letter(bytes, next, end).0 {
          push(0x27)
          initials = false
          i = next
          continue
        }
        finish()
        i = next
        continue
      }
      if b == 0x2E, length > 0, initials, last != 0x2E {
        // `U.S.`: a period after a single letter of initials stays in the word.
        push(0x2E)
        i += 1
        wordEnd = i
        continue
      }
      if length > 0 { finish() }
      i += 1
    }
    if length > 0 { finish() }
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

  /// The words of a gazetteer entry, cut as a text's words are, with its bytes.
  static func words(of text: String) -> (words: [ActorWord], bytes: [UInt8]) {
    let bytes = Array(text.utf8)
    return (bytes.withUnsafeBufferPointer { words($0, start: 0, end: $0.count) }, bytes)
  }
}
