/// Character properties of Unicode scalars for matching text on its UTF-8 bytes, with the
/// answers `Character` would give.
///
/// A *simple* scalar is one that forms a grapheme cluster of its own next to any other
/// simple scalar, is its own canonical form, and lower-cases to a single simple scalar:
/// ASCII except the carriage return (which joins a line feed), Latin-1 and Latin
/// Extended-A from U+00A0 except `İ` (which lower-cases to `i` and a combining dot), the
/// dashes, quotes, bullets and other marks of U+2010–U+205E except the bidirectional
/// controls U+202A–U+202E, and the currency signs U+20A0–U+20C0. In a text of simple
/// scalars every `Character` is one scalar, so `Character.isLetter`, `isUppercase` and
/// string comparison can be answered scalar by scalar; any other text must go through
/// `String`.
enum ByteText {
  /// `Character.isLetter`.
  static let letter: UInt8 = 1
  /// `Character.isNumber`.
  static let number: UInt8 = 2
  /// `Character.isUppercase`.
  static let uppercase: UInt8 = 4
  /// `Character.isLowercase`.
  static let lowercase: UInt8 = 8
  /// The scalar is simple (see the type's summary).
  static let simple: UInt8 = 16

  /// The table slot of `scalar`, or `nil` when the scalar is outside the tables.
  @inline(__always)
  static func slot(_ scalar: UInt32) -> Int? {
    if scalar < 0x180 { return Int(scalar) }
    if scalar >= 0x2010 && scalar <= 0x205E { return 0x180 + Int(scalar - 0x2010) }
    if scalar >= 0x20A0 && scalar <= 0x20C0 { return 0x180 + 0x4F + Int(scalar - 0x20A0) }
    return nil
  }

  /// The scalars of the tables, in slot order.
  static let tableScalars: [UInt32] =
    Array(0..<0x180) + Array(0x2010...0x205E) + Array(0x20A0...0x20C0)

  /// The lower-case form of each slot's scalar, as `String.lowercased()` maps it (the
  /// scalar itself when that is not one scalar; such a scalar is not simple).
  static let lowercased: [UInt32] = tableScalars.map { value in
    let lower = String(Character(Unicode.Scalar(value)!)).lowercased().unicodeScalars
    return lower.count == 1 ? lower.first!.value : value
  }

  /// Flags (`letter`, `number`, `uppercase`, `lowercase`, `simple`) by slot.
  static let flags: [UInt8] = tableScalars.indices.map { i in
    let value = tableScalars[i]
    let c = Character(Unicode.Scalar(value)!)
    var f: UInt8 = 0
    if c.isLetter { f |= letter }
    if c.isNumber { f |= number }
    if c.isUppercase { f |= uppercase }
    if c.isLowercase { f |= lowercase }
    let lower = lowercased[i]
    let lowerCount = String(c).lowercased().unicodeScalars.count
    if isCandidate(value) && lowerCount == 1 && slot(lower) != nil && isCandidate(lower) {
      f |= simple
    }
    return f
  }

  /// Whether `value` is in the simple ranges: everything in the tables but the carriage
  /// return, the C1 controls, `İ` and the bidirectional controls.
  private static func isCandidate(_ value: UInt32) -> Bool {
    slot(value) != nil && value != 0x0D && value != 0x130 && !(value >= 0x80 && value < 0xA0)
      && !(value >= 0x202A && value <= 0x202E)
  }

  /// The flags of a simple `scalar`.
  @inline(__always)
  static func flags(of scalar: UInt32) -> UInt8 {
    flags[slot(scalar)!]
  }

  /// The lower-case form of a simple `scalar`.
  @inline(__always)
  static func lowercase(_ scalar: UInt32) -> UInt32 {
    if scalar < 0x80 { return scalar &- 0x41 < 26 ? scalar | 0x20 : scalar }
    return lowercased[slot(scalar)!]
  }

  /// The simple non-ASCII scalar whose well-formed UTF-8 sequence starts at `i`, and its
  /// width; `nil` for anything else (another scalar, or bytes that are not UTF-8).
  @inline(__always)
  static func simpleScalar(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (
    UInt32, Int
  )? {
    let b0 = text[i]
    if b0 >= 0xC2 && b0 <= 0xC5 {
      guard i + 1 < end, text[i + 1] & 0xC0 == 0x80 else { return nil }
      let scalar = UInt32(b0 & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F)
      return flags[Int(scalar)] & simple != 0 ? (scalar, 2) : nil
    }
    if b0 == 0xE2 {
      guard i + 2 < end, text[i + 1] & 0xFC == 0x80, text[i + 2] & 0xC0 == 0x80 else {
        return nil
      }
      let scalar = 0x2000 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F)
      guard let s = slot(scalar), flags[s] & simple != 0 else { return nil }
      return (scalar, 3)
    }
    return nil
  }
}
