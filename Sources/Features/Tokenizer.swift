/// One token: where its normalized form sits in a ``TokenBuffer`` and where it came from
/// in the source text.
public struct Token: Sendable, Equatable {
  /// Start of the normalized bytes in ``TokenBuffer/bytes``.
  public var start: Int32
  /// End (exclusive) of the normalized bytes in ``TokenBuffer/bytes``.
  public var end: Int32
  /// Start of the token in the source text, in bytes.
  public var sourceStart: Int
  /// End (exclusive) of the token in the source text, in bytes.
  public var sourceEnd: Int
}

/// Reusable storage for the tokens of one text: normalized bytes back to back, and the
/// tokens that index them. Reusing one buffer avoids an allocation per token.
public struct TokenBuffer: Sendable {
  public var bytes: [UInt8] = []
  public var tokens: [Token] = []
  /// Scratch space for ``Lexicon/markNegationScopes(_:from:)``.
  var lexiconMatches: [Lexicon.Match] = []
  var lexiconIDs: [Int32] = []

  public init() {}

  public mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    tokens.removeAll(keepingCapacity: true)
  }

  /// The normalized tokens as strings (for tests and tools; the hot path uses bytes).
  public var strings: [String] {
    tokens.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
  }
}

/// Splits text into lowercased word tokens, working on UTF-8 bytes.
///
/// - A token is a run of letters and digits (any script). Letters are lowercased.
/// - An apostrophe between letters stays inside the token, so that negations and
///   contractions survive (`don't`, `won’t` → `won't`, `we're`); curly apostrophes
///   (U+2019, U+2018) and the modifier letter apostrophe (U+02BC) fold to `'`.
///   A possessive `'s` at the end of a word is dropped (`Putin’s` → `putin`).
/// - A `.` or `,` between digits stays inside the token (`1.5`, `10,000`).
/// - Everything else (spaces, punctuation, quotes, dashes, hyphens, symbols) separates
///   tokens and is not a token itself.
///
/// With ``names``, person, place and nationality names written with a capital become
/// class tokens (see ``NameClasses``). With ``negation``, the words in a negator's scope
/// become `not_` and the word (see ``Lexicon/markNegationScopes(_:from:)``), after the
/// names.
public struct Tokenizer: Sendable, Equatable {
  /// The gazetteer whose names become class tokens, if any.
  public var names: NameClasses?
  /// The lexicon whose `negation` entries mark the words in their scope, if any.
  public var negation: Lexicon?

  public init(names: NameClasses? = nil, negation: Lexicon? = nil) {
    self.names = names
    self.negation = negation
  }

  /// The name of this tokenizer in a model file.
  public var modelName: String {
    (names == nil ? "words-v1" : "words-v1+names-v1") + (negation == nil ? "" : "+not-v1")
  }

  /// Appends the tokens of `text` to `buffer`; source offsets are `base` plus the offset
  /// in `text`.
  ///
  /// - Complexity: O(n) in the number of bytes.
  public func tokenize(
    _ text: UnsafeBufferPointer<UInt8>, base: Int = 0, into buffer: inout TokenBuffer
  ) {
    let n = text.count
    let firstToken = buffer.tokens.count
    defer {
      names?.rewrite(&buffer, from: firstToken, text: text, base: base)
      negation?.markNegationScopes(&buffer, from: firstToken)
    }
    var i = 0
    while i < n {
      // Find the start of a word.
      let (isWord, width) = Tokenizer.wordCharacter(text, at: i)
      if !isWord {
        i += width
        continue
      }
      let tokenStart = Int32(buffer.bytes.count)
      let sourceStart = i
      var lastWasLetter = false
      var lastWasDigit = false
      var apostropheAt = -1  // normalized offset of the last kept apostrophe
      while i < n {
        let b = text[i]
        if b < 0x80 {
          if b >= 0x61 && b <= 0x7A {
            // A run of lower-case ASCII letters is copied at once.
            var j = i + 1
            while j < n && text[j] >= 0x61 && text[j] <= 0x7A { j += 1 }
            buffer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<j]))
            lastWasLetter = true
            lastWasDigit = false
            i = j
            continue
          }
          if b >= 0x41 && b <= 0x5A {
            buffer.bytes.append(b | 0x20)
            lastWasLetter = true
            lastWasDigit = false
            i += 1
            continue
          }
          if b >= 0x30 && b <= 0x39 {
            buffer.bytes.append(b)
            lastWasDigit = true
            lastWasLetter = false
            i += 1
            continue
          }
          if (b == 0x2E || b == 0x2C) && lastWasDigit && i + 1 < n && Tokenizer.isDigit(text[i + 1])
          {
            buffer.bytes.append(b)
            lastWasDigit = false
            i += 1
            continue
          }
          if b == 0x27 && lastWasLetter && Tokenizer.letterFollows(text, at: i + 1) {
            apostropheAt = buffer.bytes.count
            buffer.bytes.append(0x27)
            lastWasLetter = false
            i += 1
            continue
          }
          break
        }
        // Non-ASCII: apostrophe-like marks inside a word, or letters and digits.
        let (scalar, w) = Tokenizer.decode(text, at: i)
        if Tokenizer.isGeneralPunctuation(scalar) && scalar != 0x2019 && scalar != 0x2018 {
          break
        }
        if (scalar == 0x2019 || scalar == 0x2018 || scalar == 0x02BC) && lastWasLetter
          && Tokenizer.letterFollows(text, at: i + w)
        {
          apostropheAt = buffer.bytes.count
          buffer.bytes.append(0x27)
          lastWasLetter = false
          i += w
          continue
        }
        guard let s = Unicode.Scalar(scalar) else { break }
        let props = s.properties
        if props.isAlphabetic || props.numericType != nil {
          if props.changesWhenLowercased {
            buffer.bytes.append(contentsOf: props.lowercaseMapping.utf8)
          } else {
            buffer.bytes.append(contentsOf: text[i..<(i + w)])
          }
          lastWasLetter = true
          lastWasDigit = false
          i += w
          continue
        }
        // Combining marks continue the word they follow.
        if props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark {
          buffer.bytes.append(contentsOf: text[i..<(i + w)])
          i += w
          continue
        }
        break
      }
      // Drop a possessive 's at the end of the word.
      let count = buffer.bytes.count
      if apostropheAt >= 0 && apostropheAt == count - 2 && buffer.bytes[count - 1] == 0x73 {
        buffer.bytes.removeLast(2)
      }
      buffer.tokens.append(
        Token(
          start: tokenStart, end: Int32(buffer.bytes.count),
          sourceStart: base + sourceStart, sourceEnd: base + i))
    }
  }

  /// The normalized tokens of `string` (convenience for tests and tools).
  public func tokens(of string: String) -> [String] {
    var buffer = TokenBuffer()
    var copy = string
    copy.withUTF8 { tokenize($0, into: &buffer) }
    return buffer.strings
  }

  @inline(__always)
  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// Whether a word character starts at `i`, and the width of the character there.
  @inline(__always)
  static func wordCharacter(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (Bool, Int) {
    let b = text[i]
    if b < 0x80 {
      let lower = b | 0x20
      return ((lower >= 0x61 && lower <= 0x7A) || isDigit(b), 1)
    }
    let (scalar, w) = decode(text, at: i)
    if isGeneralPunctuation(scalar) { return (false, w) }
    guard let s = Unicode.Scalar(scalar) else { return (false, w) }
    return (s.properties.isAlphabetic || s.properties.numericType != nil, w)
  }

  /// Whether `scalar` is in the General Punctuation block (U+2000–U+206F: spaces, dashes,
  /// quotes, bullets, format controls), none of which is a letter, a digit or a mark:
  /// answered without a property lookup, the costly part for curly quotes.
  @inline(__always)
  static func isGeneralPunctuation(_ scalar: UInt32) -> Bool {
    scalar >= 0x2000 && scalar <= 0x206F
  }

  @inline(__always)
  static func letterFollows(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i < text.count else { return false }
    let b = text[i]
    if b < 0x80 {
      let lower = b | 0x20
      return lower >= 0x61 && lower <= 0x7A
    }
    let (scalar, _) = decode(text, at: i)
    return Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false
  }

  /// Decodes the scalar at `i` of valid UTF-8 (a malformed byte decodes as U+FFFD, width 1).
  @inline(__always)
  static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let b0 = UInt32(text[i])
    let n = text.count
    if b0 < 0xE0, b0 >= 0xC0, i + 1 < n {
      return (((b0 & 0x1F) << 6) | (UInt32(text[i + 1]) & 0x3F), 2)
    }
    if b0 < 0xF0, b0 >= 0xE0, i + 2 < n {
      return (
        ((b0 & 0x0F) << 12) | ((UInt32(text[i + 1]) & 0x3F) << 6) | (UInt32(text[i + 2]) & 0x3F), 3
      )
    }
    if b0 >= 0xF0, i + 3 < n {
      let v =
        ((b0 & 0x07) << 18) | ((UInt32(text[i + 1]) & 0x3F) << 12)
        | ((UInt32(text[i + 2]) & 0x3F) << 6) | (UInt32(text[i + 3]) & 0x3F)
      return (v, 4)
    }
    return (0xFFFD, 1)
  }
}
