/// Finds the parts of a text that stand inside quotation marks.
public enum Quotation {
  /// Byte ranges of `text[start..<end]` inside double quotation marks, straight (`"`) or
  /// curly (`“ ”`), marks included. A closing mark with no opening one means the unit
  /// starts inside a quotation that began in an earlier sentence; an opening mark never
  /// closed means it runs on past the unit's end.
  ///
  /// - Complexity: O(end − start).
  public static func ranges(in text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> [Range<
    Int
  >] {
    var result: [Range<Int>] = []
    var openedAt: Int? = nil
    var sawAny = false
    var i = start
    while i < end {
      let b = text[i]
      if b == 0x22 {
        sawAny = true
        if let o = openedAt {
          result.append(o..<(i + 1))
          openedAt = nil
        } else {
          openedAt = i
        }
        i += 1
        continue
      }
      if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 {
        let c = text[i + 2]
        if c == 0x9C {  // “
          sawAny = true
          openedAt = openedAt ?? i
        } else if c == 0x9D {  // ”
          sawAny = true
          if let o = openedAt {
            result.append(o..<(i + 3))
            openedAt = nil
          } else if result.isEmpty {
            result.append(start..<(i + 3))
          }
        }
        i += 3
        continue
      }
      i += 1
    }
    if let o = openedAt, sawAny { result.append(o..<end) }
    return result
  }

  /// Whether a quotation is still open at `end`, when `text[start..<end]` starts inside
  /// one (`startsInside`) or not: curly marks open (`“`) and close (`”`), a straight mark
  /// toggles.
  public static func endsInside(
    _ text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, startsInside: Bool
  ) -> Bool {
    var inside = startsInside
    var i = start
    while i < end {
      let b = text[i]
      if b == 0x22 {
        inside.toggle()
      } else if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 {
        if text[i + 2] == 0x9C { inside = true }  // “
        if text[i + 2] == 0x9D { inside = false }  // ”
      }
      i += 1
    }
    return inside
  }

  /// ``ranges(in:start:end:)``, with a unit that holds no mark but starts inside a
  /// quotation opened in an earlier unit counted as inside it as a whole (the middle
  /// sentence of a quotation of three). `inside` carries the state from unit to unit.
  public static func ranges(
    in text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, inside: inout Bool
  ) -> [Range<Int>] {
    var result = ranges(in: text, start: start, end: end)
    if result.isEmpty && inside { result = [start..<end] }
    inside = endsInside(text, start: start, end: end, startsInside: inside)
    return result
  }
}
