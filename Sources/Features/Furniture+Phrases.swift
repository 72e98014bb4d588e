/// The phrases and words the furniture rules look for, and their fast lookup.
extension Furniture {
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

  // MARK: Lookup

  /// ``prefixes``, ``weakPrefixes`` and ``creditPrefixes`` for ``Line/hasWordPrefix(_:)``.
  static let prefixPhrases = PhraseList(prefixes)
  static let weakPrefixPhrases = PhraseList(weakPrefixes)
  static let creditPrefixPhrases = PhraseList(creditPrefixes)
  /// ``markers`` and ``promptMarkers``, looked for anywhere in a line.
  static let markerPhrases = PhraseList(markers + promptMarkers)
  /// The word lists as sets of words.
  static let roleWordSet = ByteText.WordSet(roleWords)
  static let widgetWordSet = ByteText.WordSet(widgetWords)
  static let dateWordSet = ByteText.WordSet(dateWords)
  /// The first words of a byline that names a job: "by political reporter ...", "from our
  /// correspondent ...".
  static let byWords = ByteText.WordSet(["by"])
  static let fromWords = ByteText.WordSet(["from"])
  static let bylineFollowers = ByteText.WordSet(["our", "a", "an"])

  /// Phrases of simple scalars, matched against lower-case characters or scalars: at the
  /// start of a line, as whole words, or anywhere.
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

    /// Whether `characters` starts with one of the phrases followed by the end or a
    /// character that is not a letter (by `isLetter(k)` for character `k`): a phrase as a
    /// whole word or words, "subscribe now" but not "subscribers".
    @inline(__always)
    func hasWordPrefix(
      _ characters: UnsafeMutableBufferPointer<UInt32>, isLetter: (Int) -> Bool
    ) -> Bool {
      let end = characters.count
      guard end > 0 else { return false }
      for p in byFirst[Int(min(characters[0], 128))] {
        let phrase = phrases[p]
        guard matches(phrase, characters, at: 0, end) else { continue }
        let next = phrase.count
        if next == end || !isLetter(next) { return true }
      }
      return false
    }

    /// Whether one of the phrases occurs in `scalars`.
    func occurs(in scalars: UnsafeMutableBufferPointer<UInt32>) -> Bool {
      let start = 0
      let end = scalars.count
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
