import Foundation

/// The bytes of one text file, checked to be UTF-8.
///
/// Offsets everywhere in Framing are byte offsets into ``bytes``, the file as it is on
/// disk: a UTF-8 byte-order mark is kept in ``bytes`` and skipped by ``contentStart``.
public struct TextFile: Sendable {
  /// The path as the user gave it, used in messages and output rows.
  public let path: String
  /// The raw bytes of the file.
  public let bytes: [UInt8]
  /// Where the text starts: 3 after a UTF-8 byte-order mark, otherwise 0.
  public let contentStart: Int

  /// Wraps bytes already in memory (standard input, JSON Lines fields, tests).
  ///
  /// - Throws: ``FeaturesError/unsupportedEncoding(path:encoding:)`` for UTF-16/32 text,
  ///   ``FeaturesError/invalidUTF8(path:byte:line:)`` for bytes that are not UTF-8,
  ///   ``FeaturesError/binaryContent(path:byte:line:)`` for a NUL byte.
  public init(path: String, bytes: [UInt8]) throws {
    self.path = path
    self.bytes = bytes
    if let encoding = TextFile.wideEncoding(of: bytes) {
      throw FeaturesError.unsupportedEncoding(path: path, encoding: encoding)
    }
    contentStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    try bytes.withUnsafeBufferPointer { buffer in
      if let bad = UTF8Validation.firstInvalidByte(in: buffer) {
        let line = UTF8Validation.lineNumber(ofByte: bad, in: buffer)
        throw FeaturesError.invalidUTF8(path: path, byte: bad, line: line)
      }
      // A NUL byte is valid UTF-8 but never part of an article: the file is binary.
      if let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) {
        let nul = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        let line = UTF8Validation.lineNumber(ofByte: nul, in: buffer)
        throw FeaturesError.binaryContent(path: path, byte: nul, line: line)
      }
    }
  }

  /// Reads and checks the file at `path`.
  ///
  /// - Throws: ``FeaturesError/unreadableFile(path:reason:)`` when the file is missing,
  ///   a directory or not readable, and the errors of ``init(path:bytes:)``.
  public static func read(path: String) throws -> TextFile {
    try TextFile(path: path, bytes: readBytes(path: path))
  }

  /// Reads all bytes of a file, with a message a user can act on when that fails.
  public static func readBytes(path: String) throws -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw FeaturesError.unreadableFile(path: path, reason: "no such file")
    }
    if isDirectory.boolValue {
      throw FeaturesError.unreadableFile(path: path, reason: "is a directory, not a file")
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw FeaturesError.unreadableFile(
        path: path, reason: "cannot be opened (\(String(cString: strerror(errno))))")
    }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > maximumSize {
      throw FeaturesError.unreadableFile(path: path, reason: tooLarge(Int(info.st_size)))
    }
    if let bytes = readDirectly(fd) {
      guard bytes.count <= maximumSize else {
        throw FeaturesError.unreadableFile(path: path, reason: tooLarge(bytes.count))
      }
      return bytes
    }
    // Not a regular file (a FIFO, a device), or one that changed while it was read: read
    // in blocks, up to the limit.
    var bytes: [UInt8] = []
    var block = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = block.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 {
        throw FeaturesError.unreadableFile(
          path: path, reason: "cannot be read (\(String(cString: strerror(errno))))")
      }
      if n == 0 { return bytes }
      bytes.append(contentsOf: block[0..<n])
      if bytes.count > maximumSize {
        throw FeaturesError.unreadableFile(path: path, reason: tooLarge(nil))
      }
    }
  }

  /// Largest file read as one text (1 GiB): a bound, so that `/dev/zero` or a runaway
  /// file ends in a message rather than in exhausted memory.
  public static let maximumSize = 1 << 30

  /// The message for a file over ``maximumSize`` (of `size` bytes when known).
  public static func tooLarge(_ size: Int?) -> String {
    (size.map { "is \($0 >> 20) MB, " } ?? "is ")
      + "over the limit of \(maximumSize >> 20) MB for one file; split it (for articles,"
      + " one per line with --input jsonl)"
  }

  /// All bytes of the regular file open at `fd`, read straight into an array; `nil` when
  /// that does not work (the caller then reads through `FileHandle`, which says why).
  private static func readDirectly(_ fd: Int32) -> [UInt8]? {
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= 0 else {
      return nil
    }
    var failed = false
    var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, initialized in
      var count = 0
      while count < buffer.count {
        let n = Foundation.read(fd, buffer.baseAddress! + count, buffer.count - count)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { failed = true }
        if n <= 0 { break }
        count += n
      }
      initialized = count
    }
    guard !failed else {
      lseek(fd, 0, SEEK_SET)
      return nil
    }
    // The file grew while it was read: take the rest as well.
    var more = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = more.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 {
        lseek(fd, 0, SEEK_SET)
        return nil
      }
      if n == 0 { return bytes }
      bytes.append(contentsOf: more[0..<n])
    }
  }

  /// The text of bytes `start..<end` as a `String` (the bytes are valid UTF-8).
  public func text(from start: Int, to end: Int) -> String {
    String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// One stretch of the text that the sentence splitter handles on its own.
  public struct Piece: Sendable, Equatable {
    /// Byte range in ``TextFile/bytes``.
    public var range: Range<Int>
    /// 1-based line number of the first byte of ``range``.
    public var firstLine: Int

    public init(range: Range<Int>, firstLine: Int) {
      self.range = range
      self.firstLine = firstLine
    }
  }

  /// Cuts the text (from ``contentStart``) into consecutive pieces of at least `size` bytes
  /// (the last may be shorter), each ending just after a blank line: a line holding only
  /// spaces, tabs and carriage returns, between two `\n`. ``SentenceSplitter`` starts
  /// afresh after such a line, so splitting the pieces one by one gives the units of the
  /// whole text; an empty text is one empty piece. With `anyLine` every line end is a cut
  /// (one unit per line). Line numbers count `\n`, `\r\n` and a lone `\r` as one line end
  /// each, as the splitter does.
  ///
  /// The cuts depend on the bytes and `size` alone, never on the number of threads.
  ///
  /// - Parameter size: the smallest piece in bytes, ≥ 1.
  /// - Complexity: O(n) in the number of bytes (a `memchr` scan).
  public func pieces(size: Int, anyLine: Bool = false) -> [Piece] {
    precondition(size >= 1)
    return bytes.withUnsafeBufferPointer { text in
      var result: [Piece] = []
      var start = contentStart
      var line = 1
      let n = text.count
      while start < n {
        var cut = n
        var j = start + size - 1  // the cut is after a \n at j or later
        while j < n {
          guard let found = memchr(text.baseAddress! + j, 0x0A, n - j) else { break }
          let newline = UnsafeRawPointer(found) - UnsafeRawPointer(text.baseAddress!)
          if anyLine || TextFile.followsBlankLine(text, newline: newline, start: start) {
            cut = newline + 1
            break
          }
          j = newline + 1
        }
        result.append(Piece(range: start..<cut, firstLine: line))
        if cut < n { line += TextFile.lineEnds(text, start..<cut) }
        start = cut
      }
      if result.isEmpty { result.append(Piece(range: contentStart..<contentStart, firstLine: 1)) }
      return result
    }
  }

  /// Whether the `\n` at `newline` ends a line of only spaces, tabs and carriage returns
  /// that itself follows a `\n` at or after `start`.
  private static func followsBlankLine(
    _ text: UnsafeBufferPointer<UInt8>, newline: Int, start: Int
  ) -> Bool {
    var k = newline - 1
    while k >= start && (text[k] == 0x20 || text[k] == 0x09 || text[k] == 0x0D) { k -= 1 }
    return k >= start && text[k] == 0x0A
  }

  /// The number of line ends in `range`: `\n`, and `\r` not followed by `\n`.
  ///
  /// - Complexity: O(n) in the length of `range`.
  public static func lineEnds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard let base = text.baseAddress, !range.isEmpty else { return 0 }
    var count = 0
    var i = range.lowerBound
    // Eight bytes at a time: a byte of `x` is zero exactly where the text has a `\n`.
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    while i + 8 <= range.upperBound {
      let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
      let nonzero = ((x & low7) &+ low7) | x
      count &+= (~nonzero & ~low7).nonzeroBitCount
      i += 8
    }
    while i < range.upperBound {
      if text[i] == 0x0A { count += 1 }
      i += 1
    }
    if memchr(base + range.lowerBound, 0x0D, range.count) != nil {
      for i in range where text[i] == 0x0D && (i + 1 >= text.count || text[i + 1] != 0x0A) {
        count += 1
      }
    }
    return count
  }

  static func wideEncoding(of bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
    if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
    if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
    return nil
  }
}
