extension Furniture {
  /// A line as the furniture rules read it: its characters with their flags, and the
  /// characters, flags, words and scalars of its lower-case form. Each character is its
  /// scalar, or ``Furniture/cluster`` when it has several (which then equals no character a
  /// rule looks for). Brackets around a credit are already left out.
  struct Line {
    /// The line's characters.
    let characters: UnsafeMutableBufferPointer<UInt32>
    /// The ``ByteText`` flags (`letter`, `number`, `uppercase`, `lowercase`) of each
    /// character, or ``Furniture/unknownFlags`` until a rule asks; `nil` for a line of simple
    /// scalars, whose flags are those of the tables.
    let characterFlags: UnsafeMutableBufferPointer<UInt8>?
    /// The characters of the lower-case line, and their `letter` and `number` flags (`nil`
    /// as for ``characterFlags``).
    let lower: UnsafeMutableBufferPointer<UInt32>
    let lowerFlags: UnsafeMutableBufferPointer<UInt8>?
    /// The scalars of the lower-case line, where markers are looked for (as a byte search
    /// would find them, whatever characters they fall in).
    let lowerScalars: UnsafeMutableBufferPointer<UInt32>
    /// Word `w` is `lower[bounds[2w]..<bounds[2w + 1]]`: a run of letters and numbers.
    let bounds: UnsafeMutableBufferPointer<Int>
    let words: Int
    /// Whether the line ends with sentence punctuation.
    let endsSentence: Bool

    /// Whether the prepared line is furniture: cuts the lower-case characters into words,
    /// then applies the rules (``isFurniture()``).
    @inline(__always)
    static func judge(
      characters: UnsafeMutableBufferPointer<UInt32>, flags: UnsafeMutableBufferPointer<UInt8>?,
      lower: UnsafeMutableBufferPointer<UInt32>, lowerFlags: UnsafeMutableBufferPointer<UInt8>?,
      lowerScalars: UnsafeMutableBufferPointer<UInt32>, endsSentence: Bool
    ) -> Bool {
      let n = lower.count
      return withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 2) { bounds in
        func isWord(_ k: Int) -> Bool {
          let f = lowerFlags?[k] ?? Furniture.flags(ofSimple: lower[k])
          return f & (ByteText.letter | ByteText.number) != 0
        }
        var words = 0
        var k = 0
        while k < n {
          while k < n && !isWord(k) { k += 1 }
          guard k < n else { break }
          let wordStart = k
          while k < n && isWord(k) { k += 1 }
          bounds[2 * words] = wordStart
          bounds[2 * words + 1] = k
          words += 1
        }
        let line = Line(
          characters: characters, characterFlags: flags, lower: lower, lowerFlags: lowerFlags,
          lowerScalars: lowerScalars, bounds: bounds, words: words, endsSentence: endsSentence)
        return line.isFurniture()
      }
    }

    // MARK: Rules

    /// Whether the line is page furniture, by the rules below in turn.
    func isFurniture() -> Bool {
      guard words > 0 else { return true }  // only punctuation or symbols
      return isByline() || isStaffLine() || hasFurniturePrefix() || isCredit() || hasMarker()
        || isWidgetRow() || isTimestamp() || isDateline() || isPlaceDateline()
    }

    /// Bylines: "By Ana Ruiz", "By ANA RUIZ and TOM LEE, Reuters"; a capital after `By `
    /// or `BY `, at most 14 words, or 8 when the line ends like a sentence.
    func isByline() -> Bool {
      let n = characters.count
      guard
        n > 3 && characters[0] == code("B")
          && (characters[1] == code("y") || characters[1] == code("Y"))
          && characters[2] == code(" ")
      else { return false }
      return isUppercase(3) && words <= 14 && (!endsSentence || words <= 8)
    }

    /// Staff lines that do not end like a sentence: "Technology reporter" (a job as the last
    /// of at most four words), "By political reporter Sam Whitlock", "From our correspondent
    /// in Kyiv" (at most ten words opening as a byline, with a job among them).
    func isStaffLine() -> Bool {
      guard !endsSentence else { return false }
      if words <= 4 && word(words - 1, isIn: Furniture.roleWordSet) { return true }
      let opensByline =
        words >= 2
        && (word(0, isIn: Furniture.byWords)
          || (word(0, isIn: Furniture.fromWords) && word(1, isIn: Furniture.bylineFollowers)))
      return words <= 10 && opensByline
        && (0..<words).contains(where: { word($0, isIn: Furniture.roleWordSet) })
    }

    /// A furniture prefix (``Furniture/prefixes``) on a line of at most 16 words, or a weak
    /// one (``Furniture/weakPrefixes``: "Updated 14:32 GMT", "Advertisement", but not
    /// "Updated figures show a fall.") on a line that does not read as a sentence: no final
    /// punctuation, at most four words, or only a date or time after the prefix.
    func hasFurniturePrefix() -> Bool {
      if words <= 16 && hasWordPrefix(Furniture.prefixPhrases) { return true }
      guard hasWordPrefix(Furniture.weakPrefixPhrases) else { return false }
      if !endsSentence || words <= 4 { return true }
      return (1..<words).allSatisfy {
        word($0, isIn: Furniture.dateWordSet) || hasNumber(word: $0)
      }
    }

    /// Credits, which may run longer: "Reporting by ...", "Editing by ...", at most 40 words.
    func isCredit() -> Bool {
      words <= 40 && hasWordPrefix(Furniture.creditPrefixPhrases)
    }

    /// A marker or a prompt to the reader anywhere in a line of at most 30 words: "Getty
    /// Images", "/AFP", "min read", "your inbox".
    func hasMarker() -> Bool {
      words <= 30 && Furniture.markerPhrases.occurs(in: lowerScalars)
    }

    /// Share bars and similar rows made only of widget words.
    func isWidgetRow() -> Bool {
      (0..<words).allSatisfy { word($0, isIn: Furniture.widgetWordSet) }
    }

    /// Timestamps and dates alone: "July 8, 2017", "14:32 GMT", "9:41 a.m. ET"; at most ten
    /// words, all date words or numbers, at least one a number.
    func isTimestamp() -> Bool {
      words <= 10
        && (0..<words).allSatisfy {
          word($0, isIn: Furniture.dateWordSet) || isAllNumbers(word: $0)
        }
        && (0..<words).contains(where: { isAllNumbers(word: $0) })
    }

    /// A dateline alone: "HAMBURG, Germany (AP) —", "MOSCOW (Reuters) -", "BRUSSELS". The
    /// first word has two or more letters, all capitals, on a line of at most eight words
    /// that ends with a dash or colon, or of at most four words whose letters are all
    /// capitals.
    func isDateline() -> Bool {
      let n = characters.count
      var trimmedEnd = n
      while trimmedEnd > 0 {
        let c = characters[trimmedEnd - 1]
        guard
          c == code(" ") || c == code("-") || c == code("—") || c == code("–") || c == code(":")
        else { break }
        trimmedEnd -= 1
      }
      let endsWithDash = trimmedEnd < n
      guard
        (endsWithDash && words <= 8)
          || (words <= 4 && (0..<n).allSatisfy({ !isLetter($0) || isUppercase($0) }))
      else { return false }
      var k = 0
      while k < trimmedEnd && characters[k] == code(" ") { k += 1 }
      var capitals = 0
      var allUpper = true
      while k < trimmedEnd && characters[k] != code(" ") {
        if isLetter(k) {
          capitals += 1
          if !isUppercase(k) { allUpper = false }
        }
        k += 1
      }
      return capitals >= 2 && allUpper
    }

    /// Whether the line is a place in dateline style and nothing else: a city in capitals
    /// (at least three letters, at most three words), a comma, and a country or state of one
    /// or two capitalised words (`LAGOS, Nigeria`, `CAPE TOWN, South Africa`, `AUSTIN,
    /// Texas`).
    func isPlaceDateline() -> Bool {
      let n = characters.count
      guard let comma = (0..<n).first(where: { characters[$0] == code(",") }) else {
        return false
      }
      var cityLetters = 0
      var cityWords = 0
      var k = 0
      while k < comma {
        let c = characters[k]
        if c != code(" ") && (k == 0 || characters[k - 1] == code(" ")) { cityWords += 1 }
        if isLetter(k) {
          cityLetters += 1
          if !isUppercase(k) { return false }
        }
        k += 1
      }
      guard cityLetters >= 3, cityWords <= 3 else { return false }
      var placeWords = 0
      k = comma + 1
      while k < n {
        while k < n && characters[k] == code(" ") { k += 1 }
        guard k < n else { break }
        placeWords += 1
        if placeWords > 2 { return false }
        // Capitalised and not an acronym ("EU, UK Agree" is a headline), unless dotted
        // ("ALBANY, N.Y.").
        var letters = 0
        var firstUpper = false
        var laterLower = false
        var dotted = false
        while k < n && characters[k] != code(" ") {
          if isLetter(k) {
            if letters == 0 {
              firstUpper = isUppercase(k)
            } else if isLowercase(k) {
              laterLower = true
            }
            letters += 1
          } else if characters[k] == code(".") {
            dotted = true
          } else if characters[k] != code("-") {
            return false
          }
          k += 1
        }
        guard firstUpper && (dotted || laterLower) else { return false }
      }
      return placeWords >= 1
    }

    // MARK: Characters and words

    func isLetter(_ k: Int) -> Bool { flags(k) & ByteText.letter != 0 }
    func isUppercase(_ k: Int) -> Bool { flags(k) & ByteText.uppercase != 0 }
    func isLowercase(_ k: Int) -> Bool { flags(k) & ByteText.lowercase != 0 }

    /// The flags of character `k` (found now if they were not yet, see
    /// ``Furniture/unknownFlags``).
    @inline(__always)
    func flags(_ k: Int) -> UInt8 {
      guard let characterFlags else { return Furniture.flags(ofSimple: characters[k]) }
      let f = characterFlags[k]
      guard f == Furniture.unknownFlags else { return f }
      let found = Furniture.flags(of: Character(Unicode.Scalar(characters[k])!))
      characterFlags[k] = found
      return found
    }

    /// Whether lower-case character `k` is a number.
    @inline(__always)
    func isLowerNumber(_ k: Int) -> Bool {
      (lowerFlags?[k] ?? Furniture.flags(ofSimple: lower[k])) & ByteText.number != 0
    }

    /// Whether word `w` is in `set`.
    func word(_ w: Int, isIn set: ByteText.WordSet) -> Bool {
      set.contains(scalars: lower, bounds[2 * w], bounds[2 * w + 1])
    }

    /// Whether word `w` has a number in it.
    func hasNumber(word w: Int) -> Bool {
      (bounds[2 * w]..<bounds[2 * w + 1]).contains { isLowerNumber($0) }
    }

    /// Whether word `w` is all numbers.
    func isAllNumbers(word w: Int) -> Bool {
      (bounds[2 * w]..<bounds[2 * w + 1]).allSatisfy { isLowerNumber($0) }
    }

    /// Whether the lower-case line starts with one of `phrases` as whole words.
    func hasWordPrefix(_ phrases: Furniture.PhraseList) -> Bool {
      phrases.hasWordPrefix(lower) { k in
        (lowerFlags?[k] ?? Furniture.flags(ofSimple: lower[k])) & ByteText.letter != 0
      }
    }
  }
}
