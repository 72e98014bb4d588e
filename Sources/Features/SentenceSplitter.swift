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
///
/// The splitter's parts: the paragraph cut and the boundary test in
/// `SentenceSplitter+Paragraphs.swift`, the word lists in `SentenceSplitter+WordLists.swift`,
/// byte-level scanning in `SentenceSplitter+Scanning.swift`, list items in
/// `SentenceSplitter+Lists.swift`, abbreviations, numbers and times in
/// `SentenceSplitter+Abbreviations.swift`, and quotations in `SentenceSplitter+Quotes.swift`.
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

    SentenceSplitter.forEachLine(text) { s, e in
      if s >= e {
        flush()
        previousLineStandalone = false
        return
      }
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
    var line = 0
    SentenceSplitter.forEachLine(text) { s, e in
      line += 1
      guard s < e else { return }
      let kind =
        SentenceSplitter.furnitureKind(text, s, e) ?? SentenceSplitter.lineKind(text, s, e)
      result.append((TextUnit(start: base + s, end: base + e, kind: kind), line))
    }
    return result
  }

  // MARK: Lines

  /// Calls `body` with the bounds of every line of `text` in order, white space trimmed
  /// (`start == end` for a blank line). A line ends at `\n`, `\r\n` or a lone `\r`; a break
  /// at the very end starts no further line.
  ///
  /// - Complexity: O(n) in the number of bytes.
  @inline(__always)
  static func forEachLine(
    _ text: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int, _ end: Int) -> Void
  ) {
    let n = text.count
    var i = 0
    while i < n {
      var lineEnd = i
      while lineEnd < n && text[lineEnd] != UInt8(ascii: "\n")
        && text[lineEnd] != UInt8(ascii: "\r")
      {
        lineEnd += 1
      }
      let (s, e) = trim(text, i, lineEnd)
      body(s, e)
      i = lineEnd
      if i < n {
        let crlf =
          text[i] == UInt8(ascii: "\r") && i + 1 < n && text[i + 1] == UInt8(ascii: "\n")
        i += crlf ? 2 : 1
      }
    }
  }

  /// The kind of a one-line paragraph that is not furniture: a list item or a line that
  /// ends like a sentence is a sentence, anything else a heading.
  static func lineKind(_ text: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UnitKind {
    isListItem(text, s, e) || endsSentence(text, s, e) ? .sentence : .heading
  }

  /// `.furniture` when `start..<end` looks like page furniture, else `nil`.
  static func furnitureKind(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> UnitKind?
  {
    let length = end - start
    guard length > 0, length <= 240 else { return nil }
    return Furniture.matches(text, start, end) ? .furniture : nil
  }
}
