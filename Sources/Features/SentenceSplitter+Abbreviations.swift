/// Abbreviations, numbers, times and headlines for ``SentenceSplitter``: the tests behind a
/// period that may not end a sentence.
extension SentenceSplitter {
  /// Whether the bytes before the period at `dot` are a numero sign, `N°` or `Nº`.
  static func isNumeroSign(_ text: UnsafeBufferPointer<UInt8>, before dot: Int, start: Int) -> Bool
  {
    // ° U+00B0 (degree sign), º U+00BA (masculine ordinal indicator)
    guard dot - 3 >= start, text[dot - 2] == 0xC2, text[dot - 1] == 0xB0 || text[dot - 1] == 0xBA,
      text[dot - 3] == UInt8(ascii: "N") || text[dot - 3] == UInt8(ascii: "n")
    else { return false }
    return dot - 4 < start || !isASCIILetter(text[dot - 4])
  }

  /// Whether `s..<dot` is only a time phrase that opens a sentence: at most five words,
  /// the first a preposition (`At 5 a.m`, `Shortly after 6 p.m`).
  static func isOpeningTimePhrase(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ dot: Int) -> Bool
  {
    guard timePrepositions.contains(text, s, wordEnd(text, from: s, end: dot)) else {
      return false
    }
    var words = 1
    for i in s..<dot where text[i] == UInt8(ascii: " ") {
      words += 1
      if words > 5 { return false }
    }
    return true
  }

  /// Whether the words of `s..<e` are in title case: every word of letters that is not a
  /// minor word (`of`, `the`, ...) starts with a capital, and at least two do.
  static func isTitleCase(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    var capitals = 0
    var i = s
    while i < e {
      let b = text[i]
      if isASCIILetter(b)
        && (i == s || isSpace(text, i - 1, e) != 0 || text[i - 1] == UInt8(ascii: "("))
      {
        if isASCIIUppercase(b) {
          capitals += 1
        } else if !minorWords.contains(text, i, wordEnd(text, from: i, end: e)) {
          return false
        }
      }
      i += 1
    }
    return capitals >= 2
  }

  /// Whether the ASCII word `text[s..<e]` is a dotted abbreviation such as `U.S`, `a.m`,
  /// `Ph.D`: letters in groups of at most two, joined by periods.
  static func isDottedAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    guard (s..<e).contains(where: { text[$0] == UInt8(ascii: ".") }) else { return false }
    var group = 0
    for i in s..<e {
      if text[i] == UInt8(ascii: ".") {
        if group == 0 { return false }
        group = 0
      } else if isASCIILetter(text[i]) && group < 2 {
        group += 1
      } else {
        return false
      }
    }
    return group > 0
  }
}
