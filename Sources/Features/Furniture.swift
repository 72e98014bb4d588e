/// Recognises page furniture: the bylines, datelines, credits, share bars, timestamps and
/// prompts that scraped articles carry around their text.
enum Furniture {
  /// Whether a whole line is page furniture.
  static func matches(_ line: String) -> Bool {
    let lower = line.lowercased()
    let words = lower.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    guard !words.isEmpty else { return true }  // only punctuation or symbols

    // Bylines: "By Ana Ruiz", "By ANA RUIZ and TOM LEE, Reuters".
    if line.hasPrefix("By ") || line.hasPrefix("BY ") {
      let rest = line.dropFirst(3)
      if let first = rest.first, first.isUppercase, words.count <= 14,
        !SentenceSplitter.endsSentence(line) || words.count <= 8
      {
        return true
      }
    }
    for prefix in prefixes where lower.hasPrefix(prefix) {
      return words.count <= 16
    }
    for prefix in creditPrefixes where lower.hasPrefix(prefix) {
      return words.count <= 40
    }
    for marker in markers where lower.contains(marker) {
      return words.count <= 30
    }
    // Share bars and similar rows made only of widget words.
    if words.allSatisfy({ widgetWords.contains($0) }) { return true }
    // Timestamps and dates alone: "July 8, 2017", "14:32 GMT", "9:41 a.m. ET".
    if words.count <= 10 && words.allSatisfy({ dateWords.contains($0) || $0.allSatisfy(\.isNumber) })
      && words.contains(where: { $0.allSatisfy(\.isNumber) })
    {
      return true
    }
    // A dateline alone: "HAMBURG, Germany (AP) —", "MOSCOW (Reuters) -".
    let trimmed = line.trimmingSuffix { " -—–:".contains($0) }
    let endsWithDash = trimmed.count < line.count
    let allCapitals = line.allSatisfy({ !$0.isLetter || $0.isUppercase })
    if (endsWithDash && words.count <= 8) || (allCapitals && words.count <= 4) {
      let firstWord = trimmed.split(separator: " ").first.map(String.init) ?? ""
      let capitals = firstWord.filter(\.isLetter)
      if capitals.count >= 2 && capitals.allSatisfy(\.isUppercase) {
        return true
      }
    }
    return false
  }

  /// Line starts that mark furniture.
  static let prefixes: [String] = [
    "photo:", "photo by", "photograph:", "photographs:", "image:", "images:", "picture:",
    "credit:", "photo credit", "image credit", "image copyright", "image source", "source:",
    "advertisement", "sponsored", "story continues", "continue reading", "read more",
    "related:", "related coverage", "related articles", "related stories", "more:", "more on",
    "see also", "watch:", "listen:", "listen to", "sign up", "subscribe", "follow us",
    "updated", "last updated", "first published", "published", "posted",
    "contact:", "email:", "e-mail:", "tel:", "copyright", "©", "all rights reserved",
    "get our", "click here", "download the", "most read", "most popular", "trending",
    "skip to", "share this", "share on", "share:", "leave a comment",
    "filed under", "tags:", "topics:", "topic:", "this article was", "this story was",
    "newsletter", "breaking news alert", "live updates", "live:", "loading", "caption:",
    "file photo", "(photo", "[photo", "image caption", "media caption", "video:",
  ]
  /// Line starts of credits, which may run longer.
  static let creditPrefixes: [String] = [
    "reporting by", "additional reporting", "editing by", "writing by", "compiled by",
  ]
  /// Phrases that mark furniture anywhere in a short line.
  static let markers: [String] = [
    "getty images", "via getty", "/afp", "/reuters", "/ap photo", "ap photo", "(ap photo",
    "/bloomberg", "shutterstock", "/epa", "epa-efe", "/pool", "pool photo", "/tass", "/sputnik",
    "sign up for", "newsletter", "subscribe to", "all rights reserved", "min read",
    "minute read", "click to share", "opens in new window", "cookie",
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
