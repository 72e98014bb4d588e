/// Splits news text into sentences, headings and page furniture, on UTF-8 bytes.
///
/// Lines are the first cut: a line without final punctuation (a headline, a byline, a
/// share bar) is a unit of its own, unless the next line starts in lower case, which
/// marks a soft-wrapped paragraph. Within a paragraph a sentence ends at `.`, `?`, `!` or
/// an ellipsis, with any closing quotes or brackets after it, when white space and a
/// sentence start follow. A `.` does not end a sentence after a title (`Mr.`, `Sen.`),
/// before a number after `No.`, `N°` or a month (`Sept. 4`), after an item number at the
/// start of a sentence (`2. Paint the walls`), inside numbers, URLs and e-mail addresses;
/// after an ambiguous abbreviation (`U.S.`, `St.`, `a.m.`, an initial) it does only when a
/// word that usually starts a sentence follows (`The`, `He`, `But`, ...), and never in a
/// title-case headline (`Shares in Nordvik Corp. Slump 18%`). A time that opens a sentence
/// does not end it (`At 5 a.m. Mr. Smith left.`). A spaced ellipsis of three periods
/// (`. . .`) stays inside a sentence and one of four ends it. A quotation ending in `?`,
/// `!` or `.` followed by its attribution (`“Why?” Smith asked.`) or by a short reference
/// in brackets (`(Smith 55).`) stays one sentence. An enumeration run together on one
/// line (`1) ... 2) ...`) is cut before each next marker.
///
/// Kinds: a one-line paragraph that ``Furniture`` recognises is furniture; a list item or
/// a line that ends like a sentence is a sentence; any other line is a heading. A caption
/// that runs into its credit (`... the old town. Photo: Jane Doe/AFP`) gives sentences and
/// a furniture unit.
public struct SentenceSplitter: Sendable {
  public init() {}

  /// The units of `text`, in order; offsets are `base` plus offsets in `text`.
  ///
  /// - Complexity: O(n) in the number of bytes.
  public func split(_ text: UnsafeBufferPointer<UInt8>, base: Int = 0) -> [TextUnit] {
    var units: [TextUnit] = []
    units.reserveCapacity(text.count / 128 + 4)
    // The sentences of a paragraph, reused from one paragraph to the next.
    var pieces: [(Int, Int)] = []
    var paragraphStart = -1
    var paragraphEnd = -1
    var paragraphLines = 0
    var previousLineStandalone = false

    func flush() {
      guard paragraphStart >= 0 else { return }
      splitParagraph(
        text, paragraphStart, paragraphEnd, lines: paragraphLines, base: base, into: &units,
        pieces: &pieces)
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
        (
          String(decoding: UnsafeBufferPointer(rebasing: buffer[$0.start..<$0.end]), as: UTF8.self),
          $0.kind
        )
      }
    }
  }

  /// One unit per non-blank line (for pre-segmented input), with the line's kind; blank
  /// lines give no unit. Returns the units with their 1-based line numbers.
  public func lines(_ text: UnsafeBufferPointer<UInt8>, base: Int = 0) -> [(
    unit: TextUnit, line: Int
  )] {
    var result: [(TextUnit, Int)] = []
    var i = 0
    var line = 1
    let n = text.count
    while i < n {
      var lineEnd = i
      while lineEnd < n && text[lineEnd] != 0x0A && text[lineEnd] != 0x0D { lineEnd += 1 }
      let (s, e) = SentenceSplitter.trim(text, i, lineEnd)
      if s < e {
        let kind =
          SentenceSplitter.furnitureKind(text, s, e) ?? SentenceSplitter.lineKind(text, s, e)
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
    into units: inout [TextUnit], pieces: inout [(Int, Int)]
  ) {
    var sentenceStart = start
    pieces.removeAll(keepingCapacity: true)
    let headline =
      lines == 1 && !SentenceSplitter.endsSentence(text, start, end)
      && SentenceSplitter.isTitleCase(text, start, end)
    // An enumeration run together on one line: "1) Fares rise 2) Trains slow".
    let items = SentenceSplitter.inlineListItems(text, start, end)
    var nextItem = 0
    var i = start
    while i < end {
      if nextItem < items.count && i >= items[nextItem].start {
        let item = items[nextItem]
        nextItem += 1
        if item.start > sentenceStart {
          pieces.append(SentenceSplitter.trim(text, sentenceStart, item.start))
          sentenceStart = item.start
        }
        i = max(i, item.markerEnd)  // the marker's period ends nothing
        continue
      }
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
      if b == 0x2E, let dots = SentenceSplitter.spacedEllipsis(text, i, end) {
        // ". . ." marks an omission inside a sentence; ". . . ." ends one. A period on
        // the word before a spaced ellipsis ("word. . . . Next") ends the sentence there,
        // and the ellipsis opens the next one.
        var j = dots.end
        while j < end, let width = SentenceSplitter.closingWidth(text, j, end) { j += width }
        i = j
        guard dots.count >= 4, let k = SentenceSplitter.skipSpace(text, j, end), k < end,
          SentenceSplitter.startsSentence(text, k, end)
        else { continue }
        let attached =
          dots.start > start && SentenceSplitter.isSpace(text, dots.start - 1, end) == 0
        if attached && j == dots.end {
          pieces.append((sentenceStart, dots.start + 1))
          sentenceStart = dots.start + 2
        } else {
          pieces.append((sentenceStart, j))
          sentenceStart = k
          i = k
        }
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
      guard j < end, let k = SentenceSplitter.skipSpace(text, j, end), k > j, k < end else {
        continue
      }
      if isBoundary(
        text, sentenceStart: sentenceStart, punctuation: punctuationStart..<punctuationEnd,
        closedQuote: closedQuote, next: k, end: end, headline: headline)
      {
        pieces.append((sentenceStart, j))
        sentenceStart = k
        i = k
      }
    }
    pieces.append((sentenceStart, end))

    if pieces.count > 1, let (s, e) = pieces.last,
      !SentenceSplitter.endsSentence(text, s, e),
      SentenceSplitter.furnitureKind(text, s, e) != nil,
      SentenceSplitter.furnitureKind(text, pieces[0].0, pieces[0].1) == nil
    {
      // A caption that runs into its credit: "... in the old town. Photo: Jane Doe/AFP".
      for (s, e) in pieces.dropLast() {
        units.append(TextUnit(start: base + s, end: base + e, kind: .sentence))
      }
      units.append(TextUnit(start: base + s, end: base + e, kind: .furniture))
    } else if lines == 1 || pieces.count == 1,
      let kind = SentenceSplitter.furnitureKind(text, start, end)
    {
      units.append(TextUnit(start: base + start, end: base + end, kind: kind))
    } else if pieces.count == 1 {
      let kind: UnitKind = lines > 1 ? .sentence : SentenceSplitter.lineKind(text, start, end)
      units.append(TextUnit(start: base + start, end: base + end, kind: kind))
    } else {
      for (s, e) in pieces {
        units.append(TextUnit(start: base + s, end: base + e, kind: .sentence))
      }
    }
  }

  /// Whether the punctuation at `punctuation`, followed by white space and `next`, ends the
  /// sentence that began at `sentenceStart`. In a `headline` (a title-case line without
  /// final punctuation) capitals say nothing, so no period after an abbreviation ends one.
  private func isBoundary(
    _ text: UnsafeBufferPointer<UInt8>, sentenceStart: Int, punctuation: Range<Int>,
    closedQuote: Bool, next k: Int, end: Int, headline: Bool
  ) -> Bool {
    guard SentenceSplitter.startsSentence(text, k, end) else { return false }
    // A bracketed reference closed by the sentence's own period belongs to the sentence
    // before it: `... stairways [...]" (Smith 55).`
    if text[k] == 0x28 && SentenceSplitter.isTrailingParenthetical(text, k, end) { return false }

    let single = punctuation.count == 1 && text[punctuation.lowerBound] == 0x2E
    if closedQuote {
      // After a closing quote, abbreviations no longer matter; an attribution does.
      return !SentenceSplitter.isAttribution(text, from: k, end: end, strict: single)
    }
    guard single else { return true }  // ?, !, ..., … and combinations

    // A single period: look at the word before it.
    let dot = punctuation.lowerBound
    let nextWordEnd = SentenceSplitter.wordEnd(text, from: k, end: end)
    let nextIsDigit = text[k] >= 0x30 && text[k] <= 0x39
    if SentenceSplitter.isNumeroSign(text, before: dot, start: sentenceStart) && nextIsDigit {
      return false  // "N°. 12"
    }
    // The word before the period is `text[b..<dot]`.
    let b = SentenceSplitter.wordBeforeStart(text, dot, sentenceStart)
    if b == dot { return true }
    if SentenceSplitter.titles.contains(text, b, dot) { return false }
    if SentenceSplitter.neverFinal.contains(text, b, dot) { return false }
    if SentenceSplitter.beforeNumber.contains(text, b, dot)
      || SentenceSplitter.months.contains(text, b, dot)
    {
      if nextIsDigit { return false }
      return SentenceSplitter.starters.contains(text, k, nextWordEnd)
        || SentenceSplitter.opensQuote(text, k, end)
    }
    // A list number at the start of a sentence: "1. First item", "2. Second item".
    if dot - sentenceStart <= 3 && (b..<dot).allSatisfy({ text[$0] >= 0x30 && text[$0] <= 0x39 }) {
      return false
    }
    if SentenceSplitter.times.contains(text, b, dot) {
      // A time that opens the sentence does not end it: "At 5 a.m. Mr. Smith left."
      if SentenceSplitter.isOpeningTimePhrase(text, sentenceStart, dot) { return false }
      // "at 9 a.m. Moscow time", "10 p.m. ET" go on; anything else capitalised starts anew.
      let after = min(end, nextWordEnd + 1)
      return !SentenceSplitter.timeZones.contains(text, k, nextWordEnd)
        && !SentenceSplitter.timeWord.contains(
          text, after, SentenceSplitter.wordEnd(text, from: after, end: end))
    }
    let isInitial = dot - b == 1 && text[b] >= 0x41 && text[b] <= 0x5A
    let isAbbreviation =
      isInitial || SentenceSplitter.ambiguous.contains(text, b, dot)
      || SentenceSplitter.isDottedAbbreviation(text, b, dot)
    if headline && (isAbbreviation || SentenceSplitter.corporate.contains(text, b, dot)) {
      return false
    }
    if isAbbreviation {
      return SentenceSplitter.starters.contains(text, k, nextWordEnd)
        || SentenceSplitter.opensQuote(text, k, end)
    }
    return true
  }

  // MARK: Word lists

  /// Abbreviations that stand before a name and never end a sentence.
  static let titles = ByteText.WordSet([
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gen", "Gov", "Lt", "Col", "Prof",
    "Sgt", "Capt", "Cmdr", "Adm", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Maj", "Brig",
    "Messrs", "Mme", "Mlle", "Amb", "Atty", "Cpl", "Pvt", "Fr", "Gens", "Lt.Col", "Lt.Gen",
  ])
  /// Abbreviations that never end a sentence.
  static let neverFinal = ByteText.WordSet([
    "e.g", "i.e", "cf", "viz", "vs", "v", "approx", "ca", "Ave", "Blvd", "ret", "Ret", "incl",
    "esp",
  ])
  /// Time-zone abbreviations that may follow "a.m." or "p.m." in the same sentence.
  static let timeZones = ByteText.WordSet([
    "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
    "MSK", "JST", "IST", "AEST", "AEDT", "local",
  ])
  /// Abbreviations that stand before a number.
  static let beforeNumber = ByteText.WordSet([
    "No", "Nos", "no", "Art", "art", "p", "pp", "para", "Vol", "vol", "Fig", "fig", "Ch", "ch",
    "Sec", "sec", "Sect", "Op", "Ex", "Rm", "Ste", "Nr", "Pt", "Apt",
  ])
  /// Month abbreviations.
  static let months = ByteText.WordSet([
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  ])
  /// Abbreviations that may or may not end a sentence.
  static let ambiguous = ByteText.WordSet([
    "Jr", "Sr", "St", "al", "Mt", "Ft", "Dept", "Univ", "Assn", "Intl", "est", "min", "max",
    "hr", "hrs",
  ])
  /// Company suffixes, which end a sentence before a capital, except in a headline
  /// (`Shares in Nordvik Corp. Slump 18%`).
  static let corporate = ByteText.WordSet([
    "Inc", "Corp", "Ltd", "Co", "co", "Bros", "Plc", "Cos", "Mfg", "Assoc", "Hldgs",
  ])
  /// Short words that stay lower case in a title-case headline.
  static let minorWords = ByteText.WordSet([
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
    "with", "as", "from", "into", "onto", "over", "via", "vs", "v", "per", "than", "up", "off",
    "out", "after", "amid", "is", "are", "be", "its", "de", "la", "van", "von",
  ])
  /// Prepositions that open a time phrase ("At 5 a.m.", "By 10 p.m.").
  static let timePrepositions = ByteText.WordSet([
    "At", "By", "Until", "Till", "From", "Before", "After", "Around", "About", "Since", "Shortly",
    "Just", "Early", "Late", "Starting", "Beginning", "Between",
  ])
  /// Words that usually start a sentence, so that a sentence boundary after an ambiguous
  /// abbreviation is likely.
  static let starters = ByteText.WordSet([
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
  ])
  /// The times of day an hour can carry, which end a sentence only before a new one.
  static let times = ByteText.WordSet(["a.m", "p.m", "A.M", "P.M"])
  /// The word that may follow a time zone: "9 a.m. Moscow time".
  static let timeWord = ByteText.WordSet(["time"])
  /// Verbs of saying that mark an attribution after a quotation.
  static let reportingVerbs = ByteText.WordSet([
    "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
    "tweeted", "posted", "replied", "replies", "insisted", "insists", "explained",
    "warned", "warns", "declared", "noted", "notes", "recalled", "shouted", "joked", "quipped",
    "laughed", "responded", "argued", "argues", "stated", "remarked", "announced", "countered",
    "conceded", "acknowledged", "admitted", "cautioned", "suggested", "observed", "agreed",
    "demanded", "wondered", "exclaimed", "cried", "snapped", "scoffed", "mused", "boasted",
    "claimed", "claims", "vowed", "pleaded", "urged", "complained", "protested", "retorted",
  ])

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
    if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80
      && (text[i + 2] == 0x9D || text[i + 2] == 0x99)
    {
      return 3  // ” ’
    }
    if b == 0xC2 && i + 1 < end && text[i + 1] == 0xBB { return 2 }  // »
    return nil
  }

  static func opensQuote(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    let b = text[i]
    if b == 0x22 || b == 0x27 { return true }
    if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80
      && (text[i + 2] == 0x9C || text[i + 2] == 0x98)
    {
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

  /// Whether the line `s..<e` starts with a bullet: `- `, `* `, or one of `•‣⁃◦▪` (with
  /// or without a space), or `– ` (an en dash and a space).
  static func isBullet(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    let b = text[s]
    if (b == 0x2D || b == 0x2A) && s + 1 < e && text[s + 1] == 0x20 { return true }
    guard b == 0xE2 && s + 2 < e else { return false }
    switch (text[s + 1], text[s + 2]) {
    case (0x80, 0xA2), (0x80, 0xA3), (0x81, 0x83), (0x97, 0xA6), (0x96, 0xAA): return true
    case (0x80, 0x93): return s + 3 < e && text[s + 3] == 0x20
    default: return false
    }
  }

  /// Whether the line `s..<e` is an item of a list: a bullet, or a number or letter that
  /// marks an item (`1. `, `12) `, `a) `, `(3) `).
  static func isListItem(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    if isBullet(text, s, e) { return true }
    var i = s
    if text[i] == 0x28 { i += 1 }  // "(1) "
    let markStart = i
    while i < e && i - markStart < 3 && text[i] >= 0x30 && text[i] <= 0x39 { i += 1 }
    if i == markStart, i < e, (text[i] | 0x20) >= 0x61 && (text[i] | 0x20) <= 0x7A {
      i += 1  // a single letter, which must be closed by a bracket
      guard i < e && text[i] == 0x29 else { return false }
    }
    guard i > markStart, i + 1 < e else { return false }
    let closer = text[i]
    guard closer == 0x29 || (closer == 0x2E && text[s] != 0x28) else { return false }
    return text[i + 1] == 0x20
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
      if isSpace(text, i, end) != 0 || text[i - 1] != 0x20 {
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

  /// The item marker at `i`: an optional bullet, then `1.`-`999.` or one lower-case
  /// letter, closed by `.`, `)` or `.)`, then a space.
  private static func listMarker(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int)
    -> (value: Int, bullet: UInt32, closer: UInt16, isLetter: Bool, end: Int)?
  {
    var k = i
    var bullet: UInt32 = 0
    if text[k] == 0xE2 && isBullet(text, k, end) {
      bullet = Tokenizer.decode(text, at: k).0
      k += 3
      while k < end && text[k] == 0x20 { k += 1 }
    }
    var value = 0
    var isLetter = false
    let digits = k
    while k < end && k - digits < 3 && text[k] >= 0x30 && text[k] <= 0x39 {
      value = value * 10 + Int(text[k] - 0x30)
      k += 1
    }
    if k == digits {
      guard k < end, text[k] >= 0x61 && text[k] <= 0x7A else { return nil }
      value = Int(text[k] - 0x60)
      isLetter = true
      k += 1
    }
    guard k + 1 < end else { return nil }
    var closer = UInt16(text[k])
    guard closer == 0x2E || closer == 0x29 else { return nil }
    k += 1
    if closer == 0x2E && text[k] == 0x29 {
      closer = 0x2E29
      k += 1
    }
    guard k < end, text[k] == 0x20 else { return nil }
    return (value, bullet, closer, isLetter, k)
  }

  /// The kind of a one-line paragraph that is not furniture: a list item or a line that
  /// ends like a sentence is a sentence, anything else a heading.
  static func lineKind(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UnitKind {
    isListItem(text, s, e) || endsSentence(text, s, e) ? .sentence : .heading
  }

  /// The spaced ellipsis that starts with the period at `i` (`. . .`, `. . . .`): its
  /// range and the number of periods, or `nil` when fewer than three periods are spaced.
  static func spacedEllipsis(
    _ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int
  ) -> (start: Int, end: Int, count: Int)? {
    var last = i
    var count = 1
    while last + 2 < end && text[last + 1] == 0x20 && text[last + 2] == 0x2E {
      last += 2
      count += 1
    }
    return count >= 3 ? (i, last + 1, count) : nil
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
      case 0x28, 0x2E, 0x3F, 0x21: return false
      case 0x20:
        spaces += 1
        if spaces > 4 { return false }
        j += 1
      case 0x29:
        guard j + 1 < end else { return false }
        let c = text[j + 1]
        return c == 0x2E || c == 0x3F || c == 0x21
      default: j += 1
      }
    }
    return false
  }

  /// Whether the bytes before the period at `dot` are a numero sign, `N°` or `Nº`.
  static func isNumeroSign(_ text: UnsafeBufferPointer<UInt8>, before dot: Int, start: Int) -> Bool
  {
    guard dot - 3 >= start, text[dot - 2] == 0xC2, text[dot - 1] == 0xB0 || text[dot - 1] == 0xBA,
      text[dot - 3] | 0x20 == 0x6E
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
    for i in s..<dot where text[i] == 0x20 {
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
      if isASCIILetter(b) && (i == s || isSpace(text, i - 1, e) != 0 || text[i - 1] == 0x28) {
        if b <= 0x5A {
          capitals += 1
        } else if !minorWords.contains(text, i, wordEnd(text, from: i, end: e)) {
          return false
        }
      }
      i += 1
    }
    return capitals >= 2
  }

  static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

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

  /// Where the ASCII word (letters, digits, and dots and apostrophes between them) that ends
  /// at `dot` starts, without leading dots or apostrophes; `dot` when there is none.
  static func wordBeforeStart(_ text: UnsafeBufferPointer<UInt8>, _ dot: Int, _ start: Int) -> Int {
    var s = dot
    while s > start {
      let b = text[s - 1]
      let isWordByte =
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
        || b == 0x2E
        || b == 0x27
      if !isWordByte { break }
      s -= 1
    }
    while s < dot && (text[s] == 0x2E || text[s] == 0x27) { s += 1 }
    return s
  }

  /// The end of the word of ASCII letters starting at `i` (`i` when there is none).
  static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
    var e = i
    while e < end {
      let b = text[e]
      if !((b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)) { break }
      e += 1
    }
    return e
  }

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
        return k >= end || text[k] == 0x2E || text[k] == 0x2C || text[k] == 0x3B
      }
      if position == 0 && determiners.contains(lowercasing: text, w, k) {
        determinerPhrase = true
      } else if !determinerPhrase && !(text[w] >= 0x41 && text[w] <= 0x5A) {
        return false
      }
      // A period of a title or initial may follow a name word; a comma may not.
      while k < end && text[k] == 0x2E { k += 1 }
      guard let next = skipSpace(text, k, end) else { return false }
      k = next
    }
    return false
  }

  static let determiners = ByteText.WordSet([
    "the", "a", "an", "one", "his", "her", "their", "its", "another", "our",
  ])

  /// Whether the ASCII word `text[s..<e]` is a dotted abbreviation such as `U.S`, `a.m`,
  /// `Ph.D`: letters in groups of at most two, joined by periods.
  static func isDottedAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    guard (s..<e).contains(where: { text[$0] == 0x2E }) else { return false }
    var group = 0
    for i in s..<e {
      if text[i] == 0x2E {
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

  // MARK: Furniture

  /// `.furniture` when `start..<end` looks like page furniture, else `nil`.
  static func furnitureKind(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> UnitKind?
  {
    let length = end - start
    guard length > 0, length <= 240 else { return nil }
    return Furniture.matches(text, start, end) ? .furniture : nil
  }
}
