/// Recognises page furniture: the bylines, datelines, credits, share bars, timestamps and
/// prompts that scraped articles carry around their text.
///
/// Each rule is written once, in ``Line`` (`Furniture+Rules.swift`), on a line prepared as
/// its characters and the characters and scalars of its lower-case form, with the phrase and
/// word lists of `Furniture+Phrases.swift`. A line of simple scalars (see ``ByteText``:
/// ASCII, Latin-1, curly quotes and dashes, ...) is prepared from its bytes, one scalar per
/// character, with the letter classes of the ``ByteText`` tables; any other line, and bytes
/// that are not UTF-8, is decoded into a `String` and prepared `Character` by `Character`,
/// so that the rules see the grapheme clusters, letters and cases that `Character` sees.
enum Furniture {
  /// Whether a whole line is page furniture: ``matches(_:_:_:)`` on its UTF-8 bytes.
  ///
  /// - Complexity: O(n) in the length of `line`, for each list of phrases.
  static func matches(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { matches($0, 0, $0.count) }
  }

  /// Whether the line `text[start..<end]` is page furniture.
  ///
  /// - Complexity: O(n) in the number of bytes, for each list of phrases.
  static func matches(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let count = end - start
    // The line's scalars at `0..<m`, their lower-case forms at `lower + k` for scalar `k`.
    let lower = count + 1
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * count + 2) { scalars in
      var m = 0
      var i = start
      while i < end {
        let b = text[i]
        if b < 0x80 && b != UInt8(ascii: "\r") {
          scalars[m] = UInt32(b)
          i += 1
        } else if let (scalar, width) = ByteText.simpleScalar(text, i, end) {
          scalars[m] = scalar
          i += width
        } else {
          return matches(
            characters: String(
              decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self))
        }
        m += 1
      }
      let judged =
        m > 0 && isBracketedCredit(first: scalars[0], last: scalars[m - 1], count: m)
        ? 1..<(m - 1) : 0..<m
      for k in judged { scalars[lower + k] = ByteText.lowercase(scalars[k]) }
      let bracket = judged.lowerBound  // one byte for each bracket
      let lowerScalars = UnsafeMutableBufferPointer(
        rebasing: scalars[(lower + judged.lowerBound)..<(lower + judged.upperBound)])
      return Line.judge(
        characters: UnsafeMutableBufferPointer(rebasing: scalars[judged]), flags: nil,
        lower: lowerScalars, lowerFlags: nil, lowerScalars: lowerScalars,
        endsSentence: SentenceSplitter.endsSentence(text, start + bracket, end - bracket))
    }
  }

  /// ``matches(_:_:_:)`` for a line that is not all simple scalars, read `Character` by
  /// `Character`: a character of several scalars (`e` and a combining accent, `\r\n`, an
  /// emoji sequence) is one character with the letter and case of the whole, and the
  /// lower-case form is `String.lowercased()`, whose own characters make the words.
  ///
  /// - Complexity: O(n) in the length of `string`, for each list of phrases.
  static func matches(characters string: String) -> Bool {
    var line = Substring(string)
    if let first = line.first, let last = line.last,
      isBracketedCredit(first: value(of: first), last: value(of: last), count: line.count)
    {
      line = line.dropFirst().dropLast()
    }
    var characters: [UInt32] = []
    var flags: [UInt8] = []
    for c in line {
      let v = value(of: c)
      characters.append(v)
      // The flags of a character of one scalar are found when a rule asks (the case may
      // cost a string), those of a cluster now.
      flags.append(v == cluster ? Furniture.flags(of: c) : unknownFlags)
    }
    let lowered = line.lowercased()
    var lower: [UInt32] = []
    var lowerFlags: [UInt8] = []
    for c in lowered {
      lower.append(value(of: c))
      lowerFlags.append((c.isLetter ? ByteText.letter : 0) | (c.isNumber ? ByteText.number : 0))
    }
    var lowerScalars = lowered.unicodeScalars.map(\.value)
    var bytes = String(line)
    let endsSentence = bytes.withUTF8 { SentenceSplitter.endsSentence($0, 0, $0.count) }
    return characters.withUnsafeMutableBufferPointer { characters in
      flags.withUnsafeMutableBufferPointer { flags in
        lower.withUnsafeMutableBufferPointer { lower in
          lowerFlags.withUnsafeMutableBufferPointer { lowerFlags in
            lowerScalars.withUnsafeMutableBufferPointer { lowerScalars in
              Line.judge(
                characters: characters, flags: flags, lower: lower, lowerFlags: lowerFlags,
                lowerScalars: lowerScalars, endsSentence: endsSentence)
            }
          }
        }
      }
    }
  }

  /// Whether a line of `count` characters from `first` to `last` is a credit in brackets,
  /// which counts as the credit: "(Reporting by Olga Petrova)", "[Photo: AP]".
  @inline(__always)
  static func isBracketedCredit(
    first: UInt32, last: UInt32, count: @autoclosure () -> Int
  ) -> Bool {
    (first == code("(") || first == code("[")) && (last == code(")") || last == code("]"))
      && count() > 2
  }

  // MARK: Characters

  /// The value that stands for a character of several scalars in a ``Line``: no scalar.
  static let cluster = UInt32.max

  /// The character `c` as a ``Line`` holds it: its scalar, or ``cluster``.
  static func value(of c: Character) -> UInt32 {
    let scalars = c.unicodeScalars
    return scalars.count == 1 ? scalars.first!.value : cluster
  }

  /// The ``ByteText`` flags (`letter`, `number`, `uppercase`, `lowercase`) of `c`.
  static func flags(of c: Character) -> UInt8 {
    var f: UInt8 = 0
    if c.isLetter { f |= ByteText.letter }
    if c.isNumber { f |= ByteText.number }
    if c.isUppercase { f |= ByteText.uppercase }
    if c.isLowercase { f |= ByteText.lowercase }
    return f
  }

  /// The ``ByteText`` flags of the simple scalar `c`, with ASCII answered without the tables.
  @inline(__always)
  static func flags(ofSimple c: UInt32) -> UInt8 {
    guard c < 0x80 else { return ByteText.flags(of: c) }
    if c &- code("a") < 26 { return ByteText.letter | ByteText.lowercase }
    if c &- code("A") < 26 { return ByteText.letter | ByteText.uppercase }
    if c &- code("0") < 10 { return ByteText.number }
    return 0
  }

  /// The flags of a ``Line`` character whose flags are not found yet.
  static let unknownFlags: UInt8 = 0x80

  /// The scalar value of `s`, to compare with the characters of a ``Line``: `code("B")`.
  @inline(__always)
  static func code(_ s: Unicode.Scalar) -> UInt32 { s.value }
}
