/// Byte-level scanning for ``SentenceSplitter``: white space, punctuation, quotes, word
/// bounds and letter classes on UTF-8 bytes. Non-ASCII characters are matched by their
/// UTF-8 bytes, named in a comment next to them.
extension SentenceSplitter {
  // MARK: ASCII classes

  @inline(__always)
  static func isASCIIDigit(_ b: UInt8) -> Bool {
    b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
  }

  @inline(__always)
  static func isASCIIUppercase(_ b: UInt8) -> Bool {
    b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
  }

  @inline(__always)
  static func isASCIILowercase(_ b: UInt8) -> Bool {
    b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")
  }

  @inline(__always)
  static func isASCIILetter(_ b: UInt8) -> Bool { isASCIIUppercase(b) || isASCIILowercase(b) }

  // MARK: White space

  /// The width of the white space at `i` (0 when there is none): ASCII white space
  /// including line breaks, a no-break space, the spaces U+2000–U+200A and U+202F, the line
  /// and paragraph separators and the ideographic space.
  static func isSpace(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    let b = text[i]
    if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n")
      || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\u{0B}") || b == UInt8(ascii: "\u{0C}")
    {
      return 1
    }
    if b == 0xC2 && i + 1 < end && text[i + 1] == 0xA0 { return 2 }  // no-break space U+00A0
    if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 {
      // U+2000–U+200A (en quad to hair space), U+202F (narrow no-break space), U+2028 (line
      // separator), U+2029 (paragraph separator).
      let c = text[i + 2]
      if (c >= 0x80 && c <= 0x8A) || c == 0xAF || c == 0xA8 || c == 0xA9 { return 3 }
    }
    // U+3000 (ideographic space).
    if b == 0xE3 && i + 2 < end && text[i + 1] == 0x80 && text[i + 2] == 0x80 { return 3 }
    return 0
  }

  /// The trimmed range of `start..<end`: white space (``isSpace(_:_:_:)``) off the start;
  /// spaces, tabs, vertical tabs, form feeds, no-break spaces and the spaces U+2000–U+200A
  /// and U+202F off the end.
  static func trim(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
    var s = start
    while s < end {
      let w = isSpace(text, s, end)
      if w == 0 { break }
      s += w
    }
    var e = end
    while e > s {
      let b = text[e - 1]
      if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\u{0B}")
        || b == UInt8(ascii: "\u{0C}")
      {
        e -= 1
      } else if e - 2 >= s && text[e - 2] == 0xC2 && b == 0xA0 {
        e -= 2  // no-break space U+00A0
      } else if e - 3 >= s && text[e - 3] == 0xE2 && text[e - 2] == 0x80
        && ((b >= 0x80 && b <= 0x8A) || b == 0xAF)
      {
        e -= 3  // U+2000–U+200A, U+202F (narrow no-break space)
      } else {
        break
      }
    }
    return (s, e)
  }

  /// The offset after the white space at `i`, or `nil` when there is none.
  static func skipSpace(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
    var k = i
    while k < end {
      let w = isSpace(text, k, end)
      if w == 0 { break }
      k += w
    }
    return k > i ? k : nil
  }

  // MARK: Punctuation

  /// The width of the sentence punctuation at `i`: 1 for `.`, `?` or `!`, 3 for `…`, 0 for
  /// anything else.
  @inline(__always)
  static func terminalWidth(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    let b = text[i]
    if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") { return 1 }
    if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 && text[i + 2] == 0xA6 {
      return 3  // … U+2026
    }
    return 0
  }

  /// The width of a closing quote or bracket at `i`, or `nil`.
  static func closingWidth(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
    let b = text[i]
    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")")
      || b == UInt8(ascii: "]")
    {
      return 1
    }
    if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80
      && (text[i + 2] == 0x9D || text[i + 2] == 0x99)
    {
      return 3  // ” U+201D, ’ U+2019
    }
    if b == 0xC2 && i + 1 < end && text[i + 1] == 0xBB { return 2 }  // » U+00BB
    return nil
  }

  /// Whether an opening quote is at `i`: `"`, `'`, `“`, `‘` or `«`.
  static func opensQuote(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    let b = text[i]
    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { return true }
    if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80
      && (text[i + 2] == 0x9C || text[i + 2] == 0x98)
    {
      return true  // “ U+201C, ‘ U+2018
    }
    return b == 0xC2 && i + 1 < end && text[i + 1] == 0xAB  // « U+00AB
  }

  /// Whether `start..<end` ends with sentence punctuation (possibly inside quotes or
  /// brackets), or a colon.
  static func endsSentence(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var e = end
    while e > start {
      let b = text[e - 1]
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")")
        || b == UInt8(ascii: "]")
      {
        e -= 1
      } else if e - 3 >= start && text[e - 3] == 0xE2 && text[e - 2] == 0x80
        && (b == 0x9D || b == 0x99)
      {
        e -= 3  // ” U+201D, ’ U+2019
      } else {
        break
      }
    }
    guard e > start else { return false }
    let b = text[e - 1]
    if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!")
      || b == UInt8(ascii: ":")
    {
      return true
    }
    // … U+2026
    return e - 3 >= start && text[e - 3] == 0xE2 && text[e - 2] == 0x80 && b == 0xA6
  }

  /// The spaced ellipsis that starts with the period at `i` (`. . .`, `. . . .`): its
  /// range and the number of periods, or `nil` when fewer than three periods are spaced.
  static func spacedEllipsis(
    _ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int
  ) -> (start: Int, end: Int, count: Int)? {
    var last = i
    var count = 1
    while last + 2 < end && text[last + 1] == UInt8(ascii: " ")
      && text[last + 2] == UInt8(ascii: ".")
    {
      last += 2
      count += 1
    }
    return count >= 3 ? (i, last + 1, count) : nil
  }

  // MARK: Sentence starts

  /// Whether a sentence can start at `i`: an upper-case letter, a digit, an opening quote
  /// or bracket, or a bullet.
  static func startsSentence(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    let b = text[i]
    if isASCIIUppercase(b) { return true }
    if isASCIIDigit(b) { return true }
    if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") { return true }
    if opensQuote(text, i, end) { return true }
    if b >= 0x80 {  // not ASCII
      let (scalar, _) = Tokenizer.decode(text, at: i)
      if scalar == 0x2022 { return true }  // • U+2022
      if let s = Unicode.Scalar(scalar) { return s.properties.isUppercase }
    }
    return false
  }

  /// Whether the character at `i` is a lower-case letter.
  static func startsLowercase(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = text[i]
    if isASCIILowercase(b) { return true }
    if b >= 0x80 {  // not ASCII
      let (scalar, _) = Tokenizer.decode(text, at: i)
      if let s = Unicode.Scalar(scalar) { return s.properties.isLowercase }
    }
    return false
  }

  /// Whether the line ending at `end` stops mid-sentence in a way that the next line
  /// must continue (a comma or a hyphen).
  static func endsWithContinuation(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    guard end > 0 else { return false }
    let b = text[end - 1]
    return b == UInt8(ascii: ",")
      || (b == UInt8(ascii: "-") && end > 1 && text[end - 2] != UInt8(ascii: " "))
  }

  // MARK: Words

  /// Where the ASCII word (letters, digits, and dots and apostrophes between them) that ends
  /// at `dot` starts, without leading dots or apostrophes; `dot` when there is none.
  static func wordBeforeStart(_ text: UnsafeBufferPointer<UInt8>, _ dot: Int, _ start: Int) -> Int {
    var s = dot
    while s > start {
      let b = text[s - 1]
      let isWordByte =
        isASCIILetter(b) || isASCIIDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "'")
      if !isWordByte { break }
      s -= 1
    }
    while s < dot && (text[s] == UInt8(ascii: ".") || text[s] == UInt8(ascii: "'")) { s += 1 }
    return s
  }

  /// The end of the word of ASCII letters starting at `i` (`i` when there is none).
  static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
    var e = i
    while e < end && isASCIILetter(text[e]) { e += 1 }
    return e
  }
}
