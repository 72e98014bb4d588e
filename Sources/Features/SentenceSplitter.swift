/// Splits news text into sentences, headings and page furniture, on UTF-8 bytes.
///
/// Lines are the first cut: a line without final punctuation (a headline, a byline, a
/// share bar) is a unit of its own, unless the next line starts in lower case, which
/// marks a soft-wrapped paragraph. Within a paragraph a sentence ends at `.`, `?`, `!` or
/// an ellipsis, with any closing quotes or brackets after it, when white space and a
/// sentence start follow. A `.` does not end a sentence after a title (`Mr.`, `Sen.`),
/// before a number after `No.` or a month (`Sept. 4`), inside numbers, URLs and e-mail
/// addresses; after an ambiguous abbreviation (`U.S.`, `Inc.`, `a.m.`, an initial) it does
/// only when a word that usually starts a sentence follows (`The`, `He`, `But`, ...). A
/// quotation ending in `?`, `!` or `.` followed by its attribution (`“Why?” Smith asked.`)
/// stays one sentence.
public struct SentenceSplitter: Sendable {
  public init() {}

  /// The units of `text`, in order; offsets are `base` plus offsets in `text`.
  ///
  /// - Complexity: O(n) in the number of bytes.
  public func split(_ text: UnsafeBufferPointer<UInt8>, base: Int = 0) -> [TextUnit] {
    var units: [TextUnit] = []
    var paragraphStart = -1
    var paragraphEnd = -1
    var paragraphLines = 0
    var previousLineStandalone = false

    func flush() {
      guard paragraphStart >= 0 else { return }
      splitParagraph(text, paragraphStart, paragraphEnd, lines: paragraphLines, base: base, into: &units)
      paragraphStart = -1
      paragraphLines = 0
    }

    var i = 0
    let n = text.count
    while i < n {
      var lineEnd = i
      while lineEnd < n && text[lineEnd] != 0x0A && text[lineEnd] != 0x0D { lineEnd += 1 }
      var next = lineEnd
      if next < n {
        next += (text[next] == 0x0D && next + 1 < n && text[next + 1] == 0x0A) ? 2 : 1
      }
      let (s, e) = SentenceSplitter.trim(text, i, lineEnd)
      if s >= e {
        flush()
        previousLineStandalone = false
      } else {
        let continues =
          paragraphStart >= 0 && !previousLineStandalone
          && (SentenceSplitter.startsLowercase(text, s)
            || SentenceSplitter.endsWithContinuation(text, paragraphEnd))
        if !continues {
          flush()
          paragraphStart = s
        }
        paragraphEnd = e
        paragraphLines += 1
        previousLineStandalone = SentenceSplitter.isBullet(text, s, e)
      }
      i = next
    }
    flush()
    return units
  }

  /// The units of `string`, as strings with their kinds (for tests and tools).
  public func split(_ string: String) -> [(text: String, kind: UnitKind)] {
    var copy = string
    return copy.withUTF8 { buffer in
      split(buffer).map {
        (String(decoding: UnsafeBufferPointer(rebasing: buffer[$0.start..<$0.end]), as: UTF8.self), $0.kind)
      }
    }
  }

  /// One unit per non-blank line (for pre-segmented input), with the line's kind; blank
  /// lines give no unit. Returns the units with their 1-based line numbers.
  public func lines(_ text: UnsafeBufferPointer<UInt8>, base: Int = 0) -> [(unit: TextUnit, line: Int)] {
    var result: [(TextUnit, Int)] = []
    var i = 0
    var line = 1
    let n = text.count
    while i < n {
      var lineEnd = i
      while lineEnd < n && text[lineEnd] != 0x0A && text[lineEnd] != 0x0D { lineEnd += 1 }
      let (s, e) = SentenceSplitter.trim(text, i, lineEnd)
      if s < e {
        let kind: UnitKind =
          SentenceSplitter.furnitureKind(text, s, e) ?? (SentenceSplitter.endsSentence(text, s, e) ? .sentence : .heading)
        result.append((TextUnit(start: base + s, end: base + e, kind: kind), line))
      }
      var next = lineEnd
      if next < n {
        next += (text[next] == 0x0D && next + 1 < n && text[next + 1] == 0x0A) ? 2 : 1
      }
      i = next
      line += 1
    }
    return result
  }

  // MARK: Paragraphs

  private func splitParagraph(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lines: Int, base: Int,
    into units: inout [TextUnit]
  ) {
    if lines == 1, let kind = SentenceSplitter.furnitureKind(text, start, end) {
      units.append(TextUnit(start: base + start, end: base + end, kind: kind))
      return
    }
    var sentenceStart = start
    var pieces: [(Int, Int)] = []
    var i = start
    while i < end {
      let b = text[i]
      let isTerminal: Bool
      if b == 0x2E || b == 0x3F || b == 0x21 {
        isTerminal = true
      } else if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 && text[i + 2] == 0xA6 {
        isTerminal = true  // …
      } else {
        isTerminal = false
      }
      guard isTerminal else {
        i += 1
        continue
      }
      let punctuationStart = i
      // The run of terminal punctuation.
      var j = i
      while j < end {
        let c = text[j]
        if c == 0x2E || c == 0x3F || c == 0x21 {
          j += 1
        } else if c == 0xE2 && j + 2 < end && text[j + 1] == 0x80 && text[j + 2] == 0xA6 {
          j += 3
        } else {
          break
        }
      }
      let punctuationEnd = j
      // Closing quotes and brackets.
      var closedQuote = false
      while j < end {
        if let width = SentenceSplitter.closingWidth(text, j, end) {
          if text[j] != 0x29 && text[j] != 0x5D { closedQuote = true }
          j += width
        } else {
          break
        }
      }
      i = j
      guard j < end, let k = SentenceSplitter.skipSpace(text, j, end), k > j, k < end else { continue }
      if isBoundary(
        text, paragraphStart: start, punctuation: punctuationStart..<punctuationEnd,
        closedQuote: closedQuote, next: k, end: end)
      {
        pieces.append((sentenceStart, j))
        sentenceStart = k
        i = k
      }
    }
    pieces.append((sentenceStart, end))

    if pieces.count == 1 {
      let kind: UnitKind =
        SentenceSplitter.furnitureKind(text, start, end)
        ?? (SentenceSplitter.endsSentence(text, start, end) || lines > 1 ? .sentence : .heading)
      units.append(TextUnit(start: base + start, end: base + end, kind: kind))
    } else {
      for (s, e) in pieces {
        units.append(TextUnit(start: base + s, end: base + e, kind: .sentence))
      }
    }
  }

  /// Whether the punctuation at `punctuation`, followed by white space and `next`, ends a
  /// sentence.
  private func isBoundary(
    _ text: UnsafeBufferPointer<UInt8>, paragraphStart: Int, punctuation: Range<Int>,
    closedQuote: Bool, next k: Int, end: Int
  ) -> Bool {
    let nextWord = SentenceSplitter.word(text, from: k, end: end)
    let startsSentence = SentenceSplitter.startsSentence(text, k, end)
    guard startsSentence else { return false }

    let single = punctuation.count == 1 && text[punctuation.lowerBound] == 0x2E
    if closedQuote {
      // After a closing quote, abbreviations no longer matter; an attribution does.
      let strict = single
      return !SentenceSplitter.isAttribution(text, from: k, end: end, strict: strict)
    }
    guard single else { return true }  // ?, !, ..., … and combinations

    // A single period: look at the word before it.
    let before = SentenceSplitter.wordBefore(text, punctuation.lowerBound, paragraphStart)
    if before.isEmpty { return true }
    let nextIsDigit = k < end && text[k] >= 0x30 && text[k] <= 0x39
    if SentenceSplitter.titles.contains(before) { return false }
    if SentenceSplitter.neverFinal.contains(before) { return false }
    if SentenceSplitter.beforeNumber.contains(before) || SentenceSplitter.months.contains(before) {
      if nextIsDigit { return false }
      return SentenceSplitter.starters.contains(nextWord) || SentenceSplitter.opensQuote(text, k, end)
    }
    // A list number at the start of a paragraph: "1. First item".
    if before.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && punctuation.lowerBound - paragraphStart <= 3 {
      return false
    }
    if before == "a.m" || before == "p.m" {
      // "at 9 a.m. Moscow time", "10 p.m. ET" go on; anything else capitalised starts anew.
      return !SentenceSplitter.timeZones.contains(nextWord)
        && SentenceSplitter.word(text, from: min(end, k + nextWord.utf8.count + 1), end: end) != "time"
    }
    let isInitial = before.utf8.count == 1 && before.utf8.first! >= 0x41 && before.utf8.first! <= 0x5A
    let isDotted = SentenceSplitter.isDottedAbbreviation(before)
    if isInitial || isDotted || SentenceSplitter.ambiguous.contains(before) {
      return SentenceSplitter.starters.contains(nextWord) || SentenceSplitter.opensQuote(text, k, end)
    }
    return true
  }

  // MARK: Word lists

  /// Abbreviations that stand before a name and never end a sentence.
  static let titles: Set<String> = [
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gen", "Gov", "Lt", "Col", "Prof",
    "Sgt", "Capt", "Cmdr", "Adm", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Maj", "Brig",
    "Messrs", "Mme", "Mlle", "Amb", "Atty", "Cpl", "Pvt", "Fr", "Gens", "Lt.Col", "Lt.Gen",
  ]
  /// Abbreviations that never end a sentence.
  static let neverFinal: Set<String> = [
    "e.g", "i.e", "cf", "viz", "vs", "v", "approx", "ca", "Ave", "Blvd", "ret", "Ret", "incl", "esp",
  ]
  /// Time-zone abbreviations that may follow "a.m." or "p.m." in the same sentence.
  static let timeZones: Set<String> = [
    "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
    "MSK", "JST", "IST", "AEST", "AEDT", "local",
  ]
  /// Abbreviations that stand before a number.
  static let beforeNumber: Set<String> = [
    "No", "Nos", "no", "Art", "art", "p", "pp", "para", "Vol", "vol", "Fig", "fig", "Ch", "ch",
    "Sec", "sec", "Sect", "Op", "Ex", "Rm", "Ste", "Nr", "Pt", "Apt",
  ]
  /// Month abbreviations.
  static let months: Set<String> = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  ]
  /// Abbreviations that may or may not end a sentence.
  static let ambiguous: Set<String> = [
    "Jr", "Sr", "St", "al", "Mt", "Ft", "Dept", "Univ", "Assn", "Intl", "est", "min", "max",
    "hr", "hrs",
  ]
  /// Words that usually start a sentence, so that a sentence boundary after an ambiguous
  /// abbreviation is likely.
  static let starters: Set<String> = [
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "In",
    "On", "At", "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our",
    "My", "Your", "Some", "Many", "Most", "Much", "Few", "All", "Both", "Each", "Every", "No",
    "Not", "None", "When", "While", "After", "Before", "As", "If", "Although", "Though",
    "Because", "Since", "Meanwhile", "However", "Still", "Yet", "So", "For", "With", "Without",
    "Under", "Over", "Despite", "During", "Later", "Earlier", "Then", "Now", "Today",
    "Yesterday", "Tomorrow", "Last", "Next", "One", "Two", "Three", "Officials", "Shares",
    "Asked", "According", "Speaking", "What", "Who", "Why", "How", "Where", "Which", "Such",
    "Other", "Another", "Analysts", "Critics", "Experts", "Also", "Even", "Here", "Once",
    "Until", "From", "By", "To", "Of", "Among", "Instead", "Indeed", "Moreover", "Nonetheless",
    "Nevertheless", "Separately", "Elsewhere", "Overall", "Sources", "Neither", "Did", "Do",
    "Does", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would", "Should", "Has", "Have",
    "Had", "Yes",
  ]
  /// Verbs of saying that mark an attribution after a quotation.
  static let reportingVerbs: Set<String> = [
    "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
    "tweeted", "posted", "replied", "replies", "insisted", "insists", "explained",
    "warned", "warns", "declared", "noted", "notes", "recalled", "shouted", "joked", "quipped",
    "laughed", "responded", "argued", "argues", "stated", "remarked", "announced", "countered",
    "conceded", "acknowledged", "admitted", "cautioned", "suggested", "observed", "agreed",
    "demanded", "wondered", "exclaimed", "cried", "snapped", "scoffed", "mused", "boasted",
    "claimed", "claims", "vowed", "pleaded", "urged", "complained", "protested", "retorted",
  ]

  // MARK: Byte-level helpers

  static func isSpace(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    let b = text[i]
    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C { return 1 }
    if b == 0xC2 && i + 1 < end && text[i + 1] == 0xA0 { return 2 }  // no-break space
    if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 {
      let c = text[i + 2]
      if (c >= 0x80 && c <= 0x8A) || c == 0xAF || c == 0xA8 || c == 0xA9 { return 3 }
    }
    if b == 0xE3 && i + 2 < end && text[i + 1] == 0x80 && text[i + 2] == 0x80 { return 3 }
    return 0
  }

  /// The trimmed range of `start..<end`.
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
      if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C {
        e -= 1
      } else if e - 2 >= s && text[e - 2] == 0xC2 && b == 0xA0 {
        e -= 2
      } else if e - 3 >= s && text[e - 3] == 0xE2 && text[e - 2] == 0x80
        && ((b >= 0x80 && b <= 0x8A) || b == 0xAF)
      {
        e -= 3
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

  /// The width of a closing quote or bracket at `i`, or `nil`.
  static func closingWidth(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
    let b = text[i]
    if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { return 1 }
    if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 && (text[i + 2] == 0x9D || text[i + 2] == 0x99) {
      return 3  // ” ’
    }
    if b == 0xC2 && i + 1 < end && text[i + 1] == 0xBB { return 2 }  // »
    return nil
  }

  static func opensQuote(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    let b = text[i]
    if b == 0x22 || b == 0x27 { return true }
    if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 && (text[i + 2] == 0x9C || text[i + 2] == 0x98) {
      return true
    }
    return b == 0xC2 && i + 1 < end && text[i + 1] == 0xAB
  }

  /// Whether a sentence can start at `i`: an upper-case letter, a digit, an opening quote
  /// or bracket, or a bullet.
  static func startsSentence(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    let b = text[i]
    if b >= 0x41 && b <= 0x5A { return true }
    if b >= 0x30 && b <= 0x39 { return true }
    if b == 0x28 || b == 0x5B { return true }
    if opensQuote(text, i, end) { return true }
    if b >= 0x80 {
      let (scalar, _) = Tokenizer.decode(text, at: i)
      if scalar == 0x2022 { return true }  // •
      if let s = Unicode.Scalar(scalar) { return s.properties.isUppercase }
    }
    return false
  }

  static func startsLowercase(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = text[i]
    if b >= 0x61 && b <= 0x7A { return true }
    if b >= 0x80 {
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
    return b == 0x2C || (b == 0x2D && end > 1 && text[end - 2] != 0x20)
  }

  static func isBullet(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    let b = text[s]
    if (b == 0x2D || b == 0x2A) && s + 1 < e && text[s + 1] == 0x20 { return true }
    if b == 0xE2 && s + 2 < e && text[s + 1] == 0x80 && text[s + 2] == 0xA2 { return true }
    return false
  }

  /// Whether `start..<end` ends with sentence punctuation (possibly inside quotes or
  /// brackets), or a colon.
  static func endsSentence(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var e = end
    while e > start {
      let b = text[e - 1]
      if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D {
        e -= 1
      } else if e - 3 >= start && text[e - 3] == 0xE2 && text[e - 2] == 0x80
        && (b == 0x9D || b == 0x99)
      {
        e -= 3
      } else {
        break
      }
    }
    guard e > start else { return false }
    let b = text[e - 1]
    if b == 0x2E || b == 0x3F || b == 0x21 || b == 0x3A { return true }
    return e - 3 >= start && text[e - 3] == 0xE2 && text[e - 2] == 0x80 && b == 0xA6
  }

  /// The ASCII word (letters, and dots between letters) that ends at `dot`, without
  /// leading quotes or brackets.
  static func wordBefore(_ text: UnsafeBufferPointer<UInt8>, _ dot: Int, _ start: Int) -> String {
    var s = dot
    while s > start {
      let b = text[s - 1]
      let isWordByte =
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2E
        || b == 0x27
      if !isWordByte { break }
      s -= 1
    }
    while s < dot && (text[s] == 0x2E || text[s] == 0x27) { s += 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: text[s..<dot]), as: UTF8.self)
  }

  /// The word of ASCII letters starting at `i`.
  static func word(_ text: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> String {
    var e = i
    while e < end {
      let b = text[e]
      if !((b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)) { break }
      e += 1
    }
    return String(decoding: UnsafeBufferPointer(rebasing: text[i..<e]), as: UTF8.self)
  }

  /// Whether the words from `i` are an attribution: a verb of saying first (`said one
  /// resident`), or after up to four words that are names (capitalised) or a phrase that
  /// opens with a determiner (`the foreign minister`). With `strict`, the verb must be
  /// followed by punctuation or the end (`Smith said.`), since after a quotation closed by
  /// a period a capitalised word usually starts a new sentence.
  static func isAttribution(_ text: UnsafeBufferPointer<UInt8>, from i: Int, end: Int, strict: Bool = false) -> Bool {
    var k = i
    var determinerPhrase = false
    for position in 0..<5 {
      guard k < end else { return false }
      let w = word(text, from: k, end: end)
      if w.isEmpty { return false }
      k += w.utf8.count
      if reportingVerbs.contains(w) {
        guard strict else { return true }
        return k >= end || text[k] == 0x2E || text[k] == 0x2C || text[k] == 0x3B
      }
      if position == 0 && determiners.contains(w.lowercased()) {
        determinerPhrase = true
      } else if !determinerPhrase && !(w.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false) {
        return false
      }
      // A period of a title or initial may follow a name word; a comma may not.
      while k < end && text[k] == 0x2E { k += 1 }
      guard let next = skipSpace(text, k, end) else { return false }
      k = next
    }
    return false
  }

  static let determiners: Set<String> = ["the", "a", "an", "one", "his", "her", "their", "its", "another", "our"]

  /// Whether `word` is a dotted abbreviation such as `U.S`, `a.m`, `Ph.D`: letters in
  /// groups of at most two, joined by periods.
  static func isDottedAbbreviation(_ word: String) -> Bool {
    guard word.contains(".") else { return false }
    return word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
      !part.isEmpty && part.count <= 2 && part.allSatisfy { $0.isLetter }
    }
  }

  // MARK: Furniture

  /// `.furniture` when `start..<end` looks like page furniture, else `nil`.
  static func furnitureKind(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UnitKind? {
    let length = end - start
    guard length > 0, length <= 240 else { return nil }
    let line = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    return Furniture.matches(line) ? .furniture : nil
  }
}
