/// Person, place and nationality names mapped to class tokens, so that a model learns from
/// what a sentence says rather than from whom it names.
///
/// A gazetteer maps lower-case words to classes (`person`, `place`, `nationality`). A token
/// maps to its class token (`_person_`, ...; no text token can hold `_`) only where the
/// text writes it with a capital first letter, so that "Turkey" is a place and "turkey" a
/// word; consecutive tokens of one class, with at most one byte between them, become one
/// token spanning them all ("Vladimir Putin" and "Putin" give the same features), and a
/// place takes a "the" just before it ("the United States" and "Russia" likewise).
///
/// The file format is the lexicon's: `name<TAB>class` lines, `#` comments.
public struct NameClasses: Sendable, Equatable {
  /// The class names, sorted.
  public let classes: [String]
  /// The names, in file order.
  public let names: [String]
  /// The class of each name.
  public let nameClasses: [Int]
  private let table: TermTable
  /// Class of each table id.
  private let classOfID: [Int32]
  /// `_class_` bytes of each class.
  private let tokens: [[UInt8]]
  /// Index of the `place` class, whose names take a preceding "the" into their token.
  private let placeClass: Int32

  /// A gazetteer from `(name, class)` pairs.
  ///
  /// - Throws: ``FeaturesError/invalidLexicon(path:line:reason:)`` for a name that is not
  ///   one token of the tokenizer, or given twice.
  public init(pairs: [(name: String, class: String)], lines: [Int]? = nil, path: String = "names")
    throws
  {
    let classes = Array(Set(pairs.map(\.class))).sorted()
    let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
    var table = TermTable(capacity: pairs.count)
    var classOfID: [Int32] = []
    let tokenizer = Tokenizer()
    for (i, pair) in pairs.enumerated() {
      let line = lines?[i] ?? i + 1
      let words = tokenizer.tokens(of: pair.name)
      guard words.count == 1, words[0] == pair.name else {
        throw FeaturesError.invalidLexicon(
          path: path, line: line,
          reason: "the name '\(pair.name)' is not one lower-case word as the tokenizer reads it")
      }
      var word = words[0]
      let (_, inserted) = word.withUTF8 { table.insert($0) }
      guard inserted else {
        throw FeaturesError.invalidLexicon(
          path: path, line: line, reason: "the name '\(pair.name)' is given twice")
      }
      classOfID.append(Int32(index[pair.class]!))
    }
    self.classes = classes
    self.names = pairs.map(\.name)
    self.nameClasses = pairs.map { index[$0.class]! }
    self.table = table
    self.classOfID = classOfID
    self.tokens = classes.map { Array(("_" + $0 + "_").utf8) }
    self.placeClass = Int32(index["place"] ?? -1)
  }

  /// Reads a gazetteer file.
  public init(contentsOf path: String) throws {
    let pairs = try Lexicon.entryLines(TextFile.readBytes(path: path), path: path)
    try self.init(pairs: pairs.map { ($0.entry, $0.class) }, lines: pairs.map(\.line), path: path)
  }

  /// Rewrites the tokens of `buffer` from `first` on: names written with a capital become
  /// their class token, runs of one class one token. `text` is the source the tokens'
  /// offsets point into, less `base`.
  func rewrite(
    _ buffer: inout TokenBuffer, from first: Int, text: UnsafeBufferPointer<UInt8>, base: Int
  ) {
    guard first < buffer.tokens.count else { return }
    // Which tokens are names (their class), or -1; nothing is allocated for a text with
    // no name, the common case.
    func nameClass(_ t: Token, _ b: UnsafeBufferPointer<UInt8>) -> Int32 {
      guard NameClasses.startsWithCapital(text, at: t.sourceStart - base) else { return -1 }
      let id = table.find(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]))
      return id >= 0 ? classOfID[Int(id)] : -1
    }
    let firstName: Int? = buffer.bytes.withUnsafeBufferPointer { b in
      (first..<buffer.tokens.count).first { nameClass(buffer.tokens[$0], b) >= 0 }
    }
    guard let firstName else { return }
    var classes = [Int32](repeating: -1, count: firstName - first)
    buffer.bytes.withUnsafeBufferPointer { b in
      for t in buffer.tokens[firstName...] { classes.append(nameClass(t, b)) }
    }
    let old = Array(buffer.tokens[first...])
    let oldBytes = buffer.bytes
    let byteStart = Int(old[0].start)
    buffer.tokens.removeSubrange(first...)
    buffer.bytes.removeSubrange(byteStart...)
    var i = 0
    while i < old.count {
      let t = old[i]
      let start = Int32(buffer.bytes.count)
      if classes[i] < 0 {
        buffer.bytes.append(contentsOf: oldBytes[Int(t.start)..<Int(t.end)])
        buffer.tokens.append(
          Token(
            start: start, end: Int32(buffer.bytes.count), sourceStart: t.sourceStart,
            sourceEnd: t.sourceEnd))
        i += 1
        continue
      }
      var j = i + 1
      while j < old.count && classes[j] == classes[i]
        && old[j].sourceStart - old[j - 1].sourceEnd <= 1
      {
        j += 1
      }
      // "the United States", "the Netherlands": the article is part of a place's name.
      var runStart = start
      var sourceStart = t.sourceStart
      if classes[i] == placeClass, i > 0, classes[i - 1] < 0,
        old[i - 1].end - old[i - 1].start == 3, oldBytes[Int(old[i - 1].start)] | 0x20 == 0x74,
        oldBytes[Int(old[i - 1].start) + 1] == 0x68, oldBytes[Int(old[i - 1].start) + 2] == 0x65,
        t.sourceStart - old[i - 1].sourceEnd <= 1, let previous = buffer.tokens.last,
        buffer.tokens.count > first
      {
        buffer.tokens.removeLast()
        buffer.bytes.removeSubrange(Int(previous.start)...)
        runStart = previous.start
        sourceStart = previous.sourceStart
      }
      buffer.bytes.append(contentsOf: tokens[Int(classes[i])])
      buffer.tokens.append(
        Token(
          start: runStart, end: Int32(buffer.bytes.count), sourceStart: sourceStart,
          sourceEnd: old[j - 1].sourceEnd))
      i = j
    }
  }

  /// Whether the character at `i` is an upper-case letter.
  static func startsWithCapital(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i >= 0, i < text.count else { return false }
    let b = text[i]
    if b < 0x80 { return b >= 0x41 && b <= 0x5A }
    let (scalar, _) = Tokenizer.decode(text, at: i)
    return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
  }

  public static func == (a: NameClasses, b: NameClasses) -> Bool {
    a.classes == b.classes && a.names == b.names && a.nameClasses == b.nameClasses
  }
}
