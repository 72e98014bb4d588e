/// Recognises page furniture: the bylines, datelines, credits, share bars, timestamps and
/// prompts that scraped articles carry around their text.
enum Furniture {
  /// Whether a whole line is page furniture. The splitter uses ``matches(_:_:_:)``, which
  /// gives the same answers on bytes and comes here for lines that are not simple text.
  ///
  /// - Complexity: O(n) in the length of `line`, for each list of phrases.
  static func matches(_ line: String) -> Bool {
    // A credit in brackets counts as the credit: "(Reporting by Olga Petrova)".
    var line = Substring(line)
    if let first = line.first, first == "(" || first == "[", let last = line.last,
      last == ")" || last == "]", line.count > 2
    {
      line = line.dropFirst().dropLast()
    }
    let lower = line.lowercased()
    let words = lower.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    guard !words.isEmpty else { return true }  // only punctuation or symbols
    let endsSentence = SentenceSplitter.endsSentence(String(line))

    // Bylines: "By Ana Ruiz", "By ANA RUIZ and TOM LEE, Reuters".
    if line.hasPrefix("By ") || line.hasPrefix("BY ") {
      let rest = line.dropFirst(3)
      if let first = rest.first, first.isUppercase, words.count <= 14,
        !endsSentence || words.count <= 8
      {
        return true
      }
    }
    // Staff lines: "Technology reporter", "By political reporter Sam Whitlock", "From our
    // correspondent in Kyiv".
    if !endsSentence, let last = words.last {
      if words.count <= 4 && roleWords.contains(last) { return true }
      let opensByline =
        words.count >= 2
        && (words[0] == "by" || (words[0] == "from" && ["our", "a", "an"].contains(words[1])))
      if words.count <= 10 && opensByline && words.contains(where: roleWords.contains) {
        return true
      }
    }
    if words.count <= 16 && prefixes.contains(where: { lower.hasWordPrefix($0) }) { return true }
    if weakPrefixes.contains(where: { lower.hasWordPrefix($0) }) {
      // "Updated 14:32 GMT", "Advertisement", but not "Updated figures show a fall."
      let stamp = words.dropFirst().allSatisfy {
        dateWords.contains($0) || $0.contains(where: \.isNumber)
      }
      if !endsSentence || words.count <= 4 || stamp { return true }
    }
    if creditPrefixes.contains(where: { lower.hasWordPrefix($0) }) && words.count <= 40 {
      return true
    }
    if words.count <= 30
      && (markers.contains(where: { lower.containsBytes($0) })
        || promptMarkers.contains(where: { lower.containsBytes($0) }))
    {
      return true
    }
    // Share bars and similar rows made only of widget words.
    if words.allSatisfy({ widgetWords.contains($0) }) { return true }
    // Timestamps and dates alone: "July 8, 2017", "14:32 GMT", "9:41 a.m. ET".
    if words.count <= 10
      && words.allSatisfy({ dateWords.contains($0) || $0.allSatisfy(\.isNumber) })
      && words.contains(where: { $0.allSatisfy(\.isNumber) })
    {
      return true
    }
    // A dateline alone: "HAMBURG, Germany (AP) —", "MOSCOW (Reuters) -", "BRUSSELS".
    let trimmed = line.trimmingSuffix { " -—–:".contains($0) }
    let endsWithDash = trimmed.count < line.count
    let allCapitals = line.allSatisfy({ !$0.isLetter || $0.isUppercase })
    if (endsWithDash && words.count <= 8) || (allCapitals && words.count <= 4) {
      let firstWord = trimmed.split(separator: " ").first.map(String.init) ?? ""
      let capitals = firstWord.filter { $0.isLetter }
      if capitals.count >= 2 && capitals.allSatisfy({ $0.isUppercase }) {
        return true
      }
    }
    return isPlaceDateline(line)
  }

  /// Whether the line `text[start..<end]` is page furniture: the same answer as
  /// `matches(_:)` on the line as a string, found on the bytes. A line of simple scalars
  /// (see ``ByteText``; ASCII, Latin-1, curly quotes and dashes) is checked scalar by scalar
  /// without making a string; any other line goes through `matches(_:)`.
  ///
  /// - Complexity: O(n) in the number of bytes, for each list of phrases.
  static func matches(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let count = end - start
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * count + 2) { scalars in
      var m = 0
      var i = start
      while i < end {
        let b = text[i]
        if b < 0x80 && b != 0x0D {
          scalars[m] = UInt32(b)
          i += 1
        } else if let (scalar, width) = ByteText.simpleScalar(text, i, end) {
          scalars[m] = scalar
          i += width
        } else {
          return matches(
            String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self))
        }
        m += 1
      }
      // A credit in brackets counts as the credit: "(Reporting by Olga Petrova)".
      var a = 0
      var b = m
      var byteStart = start
      var byteEnd = end
      if m > 2, scalars[0] == 0x28 || scalars[0] == 0x5B,
        scalars[m - 1] == 0x29 || scalars[m - 1] == 0x5D
      {
        a = 1
        b = m - 1
        byteStart += 1
        byteEnd -= 1
      }
      // The lower-case scalars go at `count + k` for the scalar at `k`.
      let lower = count + 1
      for k in a..<b { scalars[lower + k] = ByteText.lowercase(scalars[k]) }
      return withUnsafeTemporaryAllocation(of: Int.self, capacity: b - a + 2) { bounds in
        // Words alternate start and end offsets into the lower-case scalars.
        var words = 0
        var k = a
        while k < b {
          while k < b && !isWordScalar(scalars[lower + k]) { k += 1 }
          guard k < b else { break }
          let wordStart = k
          while k < b && isWordScalar(scalars[lower + k]) { k += 1 }
          bounds[2 * words] = lower + wordStart
          bounds[2 * words + 1] = lower + k
          words += 1
        }
        let line = FurnitureLine(
          scalars: scalars, start: a, end: b, lower: lower, bounds: bounds, words: words,
          endsSentence: SentenceSplitter.endsSentence(text, byteStart, byteEnd))
        return line.isFurniture()
      }
    }
  }

  @inline(__always)
  static func isWordScalar(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 {
      return (scalar | 0x20) &- 0x61 < 26 || scalar &- 0x30 < 10
    }
    return ByteText.flags(of: scalar) & (ByteText.letter | ByteText.number) != 0
  }

  /// Whether `line` is a place in dateline style and nothing else: a city in capitals, a
  /// comma, and a country or state of one or two capitalised words (`LAGOS, Nigeria`,
  /// `CAPE TOWN, South Africa`, `AUSTIN, Texas`).
  static func isPlaceDateline(_ line: Substring) -> Bool {
    guard let comma = line.firstIndex(of: ",") else { return false }
    let city = line[..<comma]
    let place = line[line.index(after: comma)...].split(separator: " ")
    let cityLetters = city.filter(\.isLetter)
    guard cityLetters.count >= 3, cityLetters.allSatisfy(\.isUppercase),
      city.split(separator: " ").count <= 3, (1...2).contains(place.count)
    else { return false }
    return place.allSatisfy { word in
      let letters = word.filter(\.isLetter)
      // Capitalised and not an acronym ("EU, UK Agree" is a headline), unless dotted
      // ("ALBANY, N.Y.").
      return letters.first?.isUppercase == true
        && (word.contains(".") || letters.dropFirst().contains(where: \.isLowercase))
        && word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
    }
  }

  /// Line starts that mark furniture.
  static let prefixes: [String] = [
    "photo:", "photo by", "photograph:", "photographs:", "image:", "images:", "picture:",
    "credit:", "photo credit", "image credit", "image copyright", "image source", "source:",
    "advertisement", "sponsored", "story continues", "continue reading", "read more",
    "related:", "related coverage", "related articles", "related stories", "more:", "more on",
    "see also", "watch:", "listen:", "listen to", "sign up", "subscribe to", "follow us",
    "last updated", "first published", "contact:", "email:", "e-mail:", "tel:", "©",
    "all rights reserved", "get our", "click here", "download the", "skip to", "share this",
    "share on", "share:", "leave a comment", "filed under", "tags:", "topics:", "topic:",
    "this article was", "this story was", "breaking news alert", "caption:", "file photo",
    "(photo", "[photo", "image caption", "media caption", "video:",
  ]
  /// Line starts that mark furniture only when the line does not read as a sentence (no
  /// final punctuation, or at most four words), or when only a date or time follows.
  static let weakPrefixes: [String] = [
    "advertisement", "sponsored", "updated", "published", "posted", "copyright", "subscribe",
    "newsletter", "most read", "most popular", "trending", "loading", "more on",
  ]
  /// Words that name a newsroom job, as in staff lines under a byline.
  static let roleWords: Set<String> = [
    "reporter", "correspondent", "editor", "columnist", "writer", "contributor",
    "photographer", "journalist", "producer", "stringer",
  ]
  /// Line starts of credits, which may run longer.
  static let creditPrefixes: [String] = [
    "reporting by", "additional reporting", "editing by", "writing by", "compiled by",
  ]
  /// Phrases that mark furniture anywhere in a short line.
  static let markers: [String] = [
    "getty images", "via getty", "/afp", "/reuters", "/ap photo", "ap photo", "(ap photo",
    "/bloomberg", "shutterstock", "/epa", "epa-efe", "/pool", "pool photo", "/tass", "/sputnik",
    "all rights reserved", "min read", "minute read", "click to share", "opens in new window",
  ]
  /// Phrases that only prompts to the reader use ("Sign up ... in your inbox"), unlike
  /// "sign up to" or "cookie" alone, which news sentences use too.
  static let promptMarkers: [String] = [
    "your inbox", "our newsletter", "our free newsletter", "newsletter sign", "sign up here",
    "subscribe here", "subscribe now", "cookie policy", "cookie settings", "accept cookies",
    "use cookies", "uses cookies",
  ]
  /// Words that make up share bars and widget rows.
  static let widgetWords: Set<String> = [
    "share", "shares", "tweet", "email", "e", "mail", "facebook", "twitter", "x", "whatsapp",
    "linkedin", "pinterest", "reddit", "print", "copy", "link", "messenger", "telegram",
    "save", "comment", "comments", "this", "article", "story", "on", "via", "more", "options",
    "close", "menu", "gift", "flipboard", "sms", "bluesky", "threads", "mastodon", "page",
    "hide", "show", "caption", "toggle", "expand", "collapse", "fullscreen", "play", "video",
    "audio", "listen", "min", "read", "advertisement", "ad", "feedback", "view", "gallery",
    "photos", "images", "next", "previous", "back", "top", "home", "news", "world", "politics",
    "live", "updates", "blog",
  ]
  /// Words of dates and times.
  static let dateWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "a",
    "m", "p", "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt",
    "msk", "jst", "ist", "hours", "hour", "ago", "minutes", "mins", "h", "updated",
    "published", "posted", "at", "on", "st", "nd", "rd", "th", "local", "time",
  ]
}

extension Furniture {
  static let prefixPhrases = PhraseList(prefixes)
  static let weakPrefixPhrases = PhraseList(weakPrefixes)
  static let creditPrefixPhrases = PhraseList(creditPrefixes)
  static let markerPhrases = PhraseList(markers + promptMarkers)
  static let roleWordSet = ByteText.WordSet(roleWords)
  static let widgetWordSet = ByteText.WordSet(widgetWords)
  static let dateWordSet = ByteText.WordSet(dateWords)
  static let byWords = ByteText.WordSet(["by"])
  static let fromWords = ByteText.WordSet(["from"])
  static let bylineFollowers = ByteText.WordSet(["our", "a", "an"])
}

/// A line of simple scalars (see ``ByteText``) and its lower-case form and words, which
/// ``Furniture/matches(_:_:_:)`` checks with the rules of ``Furniture/matches(_:)``.
private struct FurnitureLine {
  /// The line's scalars at `start..<end` (brackets around a credit left out) and their
  /// lower-case forms at `lower + start..<lower + end`.
  let scalars: UnsafeMutableBufferPointer<UInt32>
  let start: Int
  let end: Int
  let lower: Int
  /// Word `w` is `scalars[bounds[2w]..<bounds[2w + 1]]`, in the lower-case part.
  let bounds: UnsafeMutableBufferPointer<Int>
  let words: Int
  let endsSentence: Bool

  func contains(_ set: ByteText.WordSet, word w: Int) -> Bool {
    set.contains(scalars: scalars, bounds[2 * w], bounds[2 * w + 1])
  }

  func hasNumber(word w: Int) -> Bool {
    (bounds[2 * w]..<bounds[2 * w + 1]).contains { isNumber(scalars[$0]) }
  }

  func isAllNumbers(word w: Int) -> Bool {
    (bounds[2 * w]..<bounds[2 * w + 1]).allSatisfy { isNumber(scalars[$0]) }
  }

  func isNumber(_ scalar: UInt32) -> Bool {
    scalar < 0x80 ? scalar &- 0x30 < 10 : ByteText.flags(of: scalar) & ByteText.number != 0
  }

  func isLetter(_ scalar: UInt32) -> Bool {
    scalar < 0x80
      ? (scalar | 0x20) &- 0x61 < 26 : ByteText.flags(of: scalar) & ByteText.letter != 0
  }

  func isUppercase(_ scalar: UInt32) -> Bool {
    scalar < 0x80 ? scalar &- 0x41 < 26 : ByteText.flags(of: scalar) & ByteText.uppercase != 0
  }

  func isLowercase(_ scalar: UInt32) -> Bool {
    scalar < 0x80 ? scalar &- 0x61 < 26 : ByteText.flags(of: scalar) & ByteText.lowercase != 0
  }

  func hasWordPrefix(_ phrases: Furniture.PhraseList) -> Bool {
    phrases.hasWordPrefix(scalars, lower + start, lower + end)
  }

  func isFurniture() -> Bool {
    guard words > 0 else { return true }  // only punctuation or symbols

    // Bylines: "By Ana Ruiz", "By ANA RUIZ and TOM LEE, Reuters".
    if end - start >= 3 && scalars[start] == 0x42
      && (scalars[start + 1] == 0x79 || scalars[start + 1] == 0x59) && scalars[start + 2] == 0x20
    {
      if start + 3 < end, isUppercase(scalars[start + 3]), words <= 14,
        !endsSentence || words <= 8
      {
        return true
      }
    }
    // Staff lines.
    if !endsSentence {
      if words <= 4 && contains(Furniture.roleWordSet, word: words - 1) { return true }
      let opensByline =
        words >= 2
        && (contains(Furniture.byWords, word: 0)
          || (contains(Furniture.fromWords, word: 0)
            && contains(Furniture.bylineFollowers, word: 1)))
      if words <= 10 && opensByline
        && (0..<words).contains(where: { contains(Furniture.roleWordSet, word: $0) })
      {
        return true
      }
    }
    if words <= 16 && hasWordPrefix(Furniture.prefixPhrases) { return true }
    if hasWordPrefix(Furniture.weakPrefixPhrases) {
      if !endsSentence || words <= 4 { return true }
      let stamp = (1..<words).allSatisfy {
        contains(Furniture.dateWordSet, word: $0) || hasNumber(word: $0)
      }
      if stamp { return true }
    }
    if words <= 40 && hasWordPrefix(Furniture.creditPrefixPhrases) { return true }
    if words <= 30 && Furniture.markerPhrases.occurs(in: scalars, lower + start, lower + end) {
      return true
    }
    // Share bars and similar rows made only of widget words.
    if (0..<words).allSatisfy({ contains(Furniture.widgetWordSet, word: $0) }) { return true }
    // Timestamps and dates alone.
    if words <= 10
      && (0..<words).allSatisfy({
        contains(Furniture.dateWordSet, word: $0) || isAllNumbers(word: $0)
      })
      && (0..<words).contains(where: { isAllNumbers(word: $0) })
    {
      return true
    }
    // A dateline alone: "HAMBURG, Germany (AP) —", "MOSCOW (Reuters) -", "BRUSSELS".
    var trimmedEnd = end
    while trimmedEnd > start {
      let c = scalars[trimmedEnd - 1]
      guard c == 0x20 || c == 0x2D || c == 0x2014 || c == 0x2013 || c == 0x3A else { break }
      trimmedEnd -= 1
    }
    let endsWithDash = trimmedEnd < end
    if (endsWithDash && words <= 8)
      || (words <= 4
        && (start..<end).allSatisfy({ !isLetter(scalars[$0]) || isUppercase(scalars[$0]) }))
    {
      var k = start
      while k < trimmedEnd && scalars[k] == 0x20 { k += 1 }
      var capitals = 0
      var allUpper = true
      while k < trimmedEnd && scalars[k] != 0x20 {
        if isLetter(scalars[k]) {
          capitals += 1
          if !isUppercase(scalars[k]) { allUpper = false }
        }
        k += 1
      }
      if capitals >= 2 && allUpper { return true }
    }
    return isPlaceDateline()
  }

  /// ``Furniture/isPlaceDateline(_:)`` on the scalars.
  func isPlaceDateline() -> Bool {
    guard let comma = (start..<end).first(where: { scalars[$0] == 0x2C }) else { return false }
    var cityLetters = 0
    var cityWords = 0
    var k = start
    while k < comma {
      let c = scalars[k]
      if c != 0x20 && (k == start || scalars[k - 1] == 0x20) { cityWords += 1 }
      if isLetter(c) {
        cityLetters += 1
        if !isUppercase(c) { return false }
      }
      k += 1
    }
    guard cityLetters >= 3, cityWords <= 3 else { return false }
    var placeWords = 0
    k = comma + 1
    while k < end {
      while k < end && scalars[k] == 0x20 { k += 1 }
      guard k < end else { break }
      placeWords += 1
      if placeWords > 2 { return false }
      // Capitalised and not an acronym ("EU, UK Agree" is a headline), unless dotted
      // ("ALBANY, N.Y.").
      var letters = 0
      var firstUpper = false
      var laterLower = false
      var dotted = false
      while k < end && scalars[k] != 0x20 {
        let c = scalars[k]
        if isLetter(c) {
          if letters == 0 {
            firstUpper = isUppercase(c)
          } else if isLowercase(c) {
            laterLower = true
          }
          letters += 1
        } else if c == 0x2E {
          dotted = true
        } else if c != 0x2D {
          return false
        }
        k += 1
      }
      guard firstUpper && (dotted || laterLower) else { return false }
    }
    return placeWords >= 1
  }
}

extension Furniture {
  /// Phrases of simple scalars, matched against lower-case scalars: at the start of a line,
  /// as whole words, or anywhere.
  struct PhraseList: Sendable {
    private let phrases: [[UInt32]]
    /// Phrase indices by first scalar (slot 128 for any non-ASCII scalar).
    private let byFirst: [[Int]]
    /// Phrase indices by their first two scalars, both ASCII (`first << 7 | second`).
    private let byPair: [[Int]]
    /// The other phrases (empty, one scalar, or not opening with two ASCII scalars).
    private let unpaired: [Int]

    init(_ strings: [String]) {
      phrases = strings.map { $0.unicodeScalars.map(\.value) }
      var byFirst = Array(repeating: [Int](), count: 129)
      var byPair = Array(repeating: [Int](), count: 128 * 128)
      var unpaired: [Int] = []
      for (i, p) in phrases.enumerated() {
        byFirst[Int(min(p[0], 128))].append(i)
        if p.count >= 2 && p[0] < 0x80 && p[1] < 0x80 {
          byPair[Int(p[0] << 7 | p[1])].append(i)
        } else {
          unpaired.append(i)
        }
      }
      self.byFirst = byFirst
      self.byPair = byPair
      self.unpaired = unpaired
    }

    private func matches(
      _ phrase: [UInt32], _ scalars: UnsafeMutableBufferPointer<UInt32>, at i: Int, _ end: Int
    ) -> Bool {
      guard phrase.count <= end - i else { return false }
      for (j, c) in phrase.enumerated() where scalars[i + j] != c { return false }
      return true
    }

    /// Whether `scalars[start..<end]` starts with one of the phrases followed by the end or a
    /// scalar that is not a letter (`String.hasWordPrefix(_:)`).
    func hasWordPrefix(_ scalars: UnsafeMutableBufferPointer<UInt32>, _ start: Int, _ end: Int)
      -> Bool
    {
      guard start < end else { return false }
      for p in byFirst[Int(min(scalars[start], 128))] {
        let phrase = phrases[p]
        guard matches(phrase, scalars, at: start, end) else { continue }
        let next = start + phrase.count
        if next == end { return true }
        let c = scalars[next]
        let isLetter =
          c < 0x80
          ? (c | 0x20) &- 0x61 < 26 : ByteText.flags(of: c) & ByteText.letter != 0
        if !isLetter { return true }
      }
      return false
    }

    /// Whether one of the phrases occurs in `scalars[start..<end]`.
    func occurs(in scalars: UnsafeMutableBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
      for p in unpaired where phrases[p].isEmpty { return true }
      for p in unpaired {
        for i in start..<end where matches(phrases[p], scalars, at: i, end) { return true }
      }
      var i = start
      while i + 1 < end {
        let a = scalars[i]
        let b = scalars[i + 1]
        if a < 0x80 && b < 0x80 {
          for p in byPair[Int(a << 7 | b)] where matches(phrases[p], scalars, at: i, end) {
            return true
          }
        }
        i += 1
      }
      return false
    }
  }
}

extension String {
  /// Whether the string starts with `prefix` followed by the end or a character that is not
  /// a letter (`"subscribe now"`, not `"subscribers"`).
  func hasWordPrefix(_ prefix: String) -> Bool {
    guard hasPrefix(prefix) else { return false }
    let rest = dropFirst(prefix.count)
    return rest.first.map { !$0.isLetter } ?? true
  }
}

extension String {
  /// Whether the UTF-8 bytes of `needle` occur in the string's (a plain byte search, much
  /// faster than Foundation's locale-aware `contains` for the short lines checked here).
  ///
  /// - Complexity: O(n·m) for lengths n and m.
  func containsBytes(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return true }
    var copy = self
    return copy.withUTF8 { bytes in
      guard bytes.count >= pattern.count else { return false }
      for i in 0...(bytes.count - pattern.count) where bytes[i] == first {
        var j = 1
        while j < pattern.count && bytes[i + j] == pattern[j] { j += 1 }
        if j == pattern.count { return true }
      }
      return false
    }
  }
}

extension Substring {
  /// The string without the trailing characters for which `predicate` is true.
  func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
    var end = endIndex
    while end > startIndex {
      let before = index(before: end)
      if !predicate(self[before]) { break }
      end = before
    }
    return self[startIndex..<end]
  }
}

extension SentenceSplitter {
  /// Whether `line` ends with sentence punctuation.
  static func endsSentence(_ line: String) -> Bool {
    var copy = line
    return copy.withUTF8 { endsSentence($0, 0, $0.count) }
  }
}
