/// Bullets and item markers for ``SentenceSplitter``: a list item is a unit of its own, and an
/// enumeration run together on one line is cut before each marker.
extension SentenceSplitter {
  /// Whether the line `s..<e` starts with a bullet: `- `, `* `, or one of `•‣⁃◦▪` (with
  /// or without a space), or `– ` (an en dash and a space).
  static func isBullet(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    let b = text[s]
    if (b == UInt8(ascii: "-") || b == UInt8(ascii: "*")) && s + 1 < e
      && text[s + 1] == UInt8(ascii: " ")
    {
      return true
    }
    guard b == 0xE2 && s + 2 < e else { return false }
    switch (text[s + 1], text[s + 2]) {
    // • U+2022, ‣ U+2023, ⁃ U+2043, ◦ U+25E6, ▪ U+25AA
    case (0x80, 0xA2), (0x80, 0xA3), (0x81, 0x83), (0x97, 0xA6), (0x96, 0xAA): return true
    // – U+2013 (en dash), then a space
    case (0x80, 0x93): return s + 3 < e && text[s + 3] == UInt8(ascii: " ")
    default: return false
    }
  }

  /// Whether the line `s..<e` is an item of a list: a bullet, or a number or letter that
  /// marks an item (`1. `, `12) `, `a) `, `(3) `).
  static func isListItem(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    if isBullet(text, s, e) { return true }
    var i = s
    if text[i] == UInt8(ascii: "(") { i += 1 }  // "(1) "
    let markStart = i
    while i < e && i - markStart < 3 && isASCIIDigit(text[i]) { i += 1 }
    if i == markStart, i < e, isASCIILetter(text[i]) {
      i += 1  // a single letter, which must be closed by a bracket
      guard i < e && text[i] == UInt8(ascii: ")") else { return false }
    }
    guard i > markStart, i + 1 < e else { return false }
    let closer = text[i]
    guard
      closer == UInt8(ascii: ")")
        || (closer == UInt8(ascii: ".") && text[s] != UInt8(ascii: "("))
    else { return false }
    return text[i + 1] == UInt8(ascii: " ")
  }

  /// The items of an enumeration run together in `start..<end`, which must open with an
  /// item marker (`1.`, `2)`, `3.)`, `a.`, optionally after a bullet) and go on with the
  /// next markers in the same style (`1)` then `2)` ...). For each item: where it starts (its
  /// bullet or marker) and where its marker ends. Empty when the paragraph is no such list.
  ///
  /// - Complexity: O(n) in the number of bytes.
  static func inlineListItems(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> [(start: Int, markerEnd: Int)]
  {
    guard let first = listMarker(text, start, end) else { return [] }
    var items = [(start: start, markerEnd: first.end)]
    var value = first.value
    var i = first.end
    while i < end {
      // A marker starts after white space, with the same bullet (if any) as the first.
      if isSpace(text, i, end) != 0 || text[i - 1] != UInt8(ascii: " ") {
        i += 1
        continue
      }
      if let next = listMarker(text, i, end), next.value == value + 1,
        next.bullet == first.bullet, next.closer == first.closer, next.isLetter == first.isLetter
      {
        items.append((i, next.end))
        value += 1
        i = next.end
      } else {
        i += 1
      }
    }
    return items.count > 1 ? items : []
  }

  /// How an item marker is closed: `1.`, `1)` or `1.)`.
  private enum MarkerCloser {
    case period, bracket, periodAndBracket
  }

  /// The item marker at `i`: an optional bullet, then `1.`-`999.` or one lower-case
  /// letter, closed by `.`, `)` or `.)`, then a space.
  private static func listMarker(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int)
    -> (value: Int, bullet: UInt32, closer: MarkerCloser, isLetter: Bool, end: Int)?
  {
    var k = i
    var bullet: UInt32 = 0
    // 0xE2 leads the UTF-8 bytes of every bullet that is not ASCII (see `isBullet`).
    if text[k] == 0xE2 && isBullet(text, k, end) {
      bullet = Tokenizer.decode(text, at: k).0
      k += 3
      while k < end && text[k] == UInt8(ascii: " ") { k += 1 }
    }
    var value = 0
    var isLetter = false
    let digits = k
    while k < end && k - digits < 3 && isASCIIDigit(text[k]) {
      value = value * 10 + Int(text[k] - UInt8(ascii: "0"))
      k += 1
    }
    if k == digits {
      guard k < end, isASCIILowercase(text[k]) else { return nil }
      value = Int(text[k] - UInt8(ascii: "a")) + 1
      isLetter = true
      k += 1
    }
    guard k + 1 < end else { return nil }
    var closer: MarkerCloser
    switch text[k] {
    case UInt8(ascii: "."): closer = .period
    case UInt8(ascii: ")"): closer = .bracket
    default: return nil
    }
    k += 1
    if closer == .period && text[k] == UInt8(ascii: ")") {
      closer = .periodAndBracket
      k += 1
    }
    guard k < end, text[k] == UInt8(ascii: " ") else { return nil }
    return (value, bullet, closer, isLetter, k)
  }
}
