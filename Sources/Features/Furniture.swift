/// Recognises page furniture: the bylines, datelines, credits, share bars, timestamps and
/// prompts that scraped articles carry around their text.
enum Furniture {
  /// Whether a whole line is page furniture.
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
