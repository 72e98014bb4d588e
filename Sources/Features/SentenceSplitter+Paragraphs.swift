extension SentenceSplitter {
  // MARK: Paragraphs

  /// Cuts the paragraph `start..<end` of `lines` lines into units appended to `units`
  /// (`pieces` is work space).
  func splitParagraph(
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
      guard SentenceSplitter.terminalWidth(text, i, end) > 0 else {
        i += 1
        continue
      }
      if text[i] == UInt8(ascii: "."), let dots = SentenceSplitter.spacedEllipsis(text, i, end) {
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
        let width = SentenceSplitter.terminalWidth(text, j, end)
        if width == 0 { break }
        j += width
      }
      let punctuationEnd = j
      // Closing quotes and brackets.
      var closedQuote = false
      while j < end {
        if let width = SentenceSplitter.closingWidth(text, j, end) {
          if text[j] != UInt8(ascii: ")") && text[j] != UInt8(ascii: "]") { closedQuote = true }
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

  // MARK: Boundaries

  /// Whether the punctuation at `punctuation`, followed by white space and `next`, ends the
  /// sentence that began at `sentenceStart`. In a `headline` (a title-case line without
  /// final punctuation) capitals say nothing, so no period after an abbreviation ends one.
  func isBoundary(
    _ text: UnsafeBufferPointer<UInt8>, sentenceStart: Int, punctuation: Range<Int>,
    closedQuote: Bool, next k: Int, end: Int, headline: Bool
  ) -> Bool {
    guard SentenceSplitter.startsSentence(text, k, end) else { return false }
    // A bracketed reference closed by the sentence's own period belongs to the sentence
    // before it: `... stairways [...]" (Smith 55).`
    if text[k] == UInt8(ascii: "(") && SentenceSplitter.isTrailingParenthetical(text, k, end) {
      return false
    }

    let single = punctuation.count == 1 && text[punctuation.lowerBound] == UInt8(ascii: ".")
    if closedQuote {
      // After a closing quote, abbreviations no longer matter; an attribution does.
      return !SentenceSplitter.isAttribution(text, from: k, end: end, strict: single)
    }
    guard single else { return true }  // ?, !, ..., … and combinations

    // A single period: look at the word before it.
    let dot = punctuation.lowerBound
    let nextWordEnd = SentenceSplitter.wordEnd(text, from: k, end: end)
    let nextIsDigit = SentenceSplitter.isASCIIDigit(text[k])
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
    if dot - sentenceStart <= 3 && (b..<dot).allSatisfy({ SentenceSplitter.isASCIIDigit(text[$0]) })
    {
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
    let isInitial = dot - b == 1 && SentenceSplitter.isASCIIUppercase(text[b])
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
}
