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
      if let nul = buffer.firstIndex(of: 0) {
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
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw FeaturesError.unreadableFile(
        path: path, reason: "cannot be opened (permission denied?)")
    }
    defer { try? handle.close() }
    do {
      let data = try handle.readToEnd() ?? Data()
      return [UInt8](data)
    } catch {
      throw FeaturesError.unreadableFile(
        path: path, reason: "cannot be read (\(error.localizedDescription))")
    }
  }

  /// The text of bytes `start..<end` as a `String` (the bytes are valid UTF-8).
  public func text(from start: Int, to end: Int) -> String {
    String(decoding: bytes[start..<end], as: UTF8.self)
  }

  static func wideEncoding(of bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
    if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
    if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
    return nil
  }
}
