/// Quotations for ``SentenceSplitter``: what may follow a closed quotation or bracket
/// without starting a new sentence.
extension SentenceSplitter {
  /// Whether the words from `i` are an attribution: a verb of saying first (`said one
  /// resident`), or after up to four words that are names (capitalised) or a phrase that
  /// opens with a determiner (`the foreign minister`). With `strict`, the verb must be
  /// followed by punctuation or the end (`Smith said.`), since after a quotation closed by
  /// a period a capitalised word usually starts a new sentence.
  static func isAttribution(
    _ text: UnsafeBufferPointer<UInt8>, from i: Int, end: Int, strict: Bool = false
  ) -> Bool {
    var k = i
    var determinerPhrase = false
    for position in 0..<5 {
      guard k < end else { return false }
      let w = k
      k = wordEnd(text, from: w, end: end)
      if k == w { return false }
      if reportingVerbs.contains(text, w, k) {
        guard strict else { return true }
        return k >= end || text[k] == UInt8(ascii: ".") || text[k] == UInt8(ascii: ",")
          || text[k] == UInt8(ascii: ";")
      }
      if position == 0 && determiners.contains(lowercasing: text, w, k) {
        determinerPhrase = true
      } else if !determinerPhrase && !isASCIIUppercase(text[w]) {
        return false
      }
      // A period of a title or initial may follow a name word; a comma may not.
      while k < end && text[k] == UInt8(ascii: ".") { k += 1 }
      guard let next = skipSpace(text, k, end) else { return false }
      k = next
    }
    return false
  }

  /// Whether the bracket at `open` holds a short reference (at most five words, no
  /// sentence punctuation) and is followed directly by the period that ends it:
  /// `(Smith 55).`
  static func isTrailingParenthetical(_ text: UnsafeBufferPointer<UInt8>, _ open: Int, _ end: Int)
    -> Bool
  {
    var j = open + 1
    var spaces = 0
    let limit = min(end, open + 80)
    while j < limit {
      switch text[j] {
      case UInt8(ascii: "("), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"):
        return false
      case UInt8(ascii: " "):
        spaces += 1
        if spaces > 4 { return false }
        j += 1
      case UInt8(ascii: ")"):
        guard j + 1 < end else { return false }
        let c = text[j + 1]
        return c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!")
      default: j += 1
      }
    }
    return false
  }
}
