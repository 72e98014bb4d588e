import Classifier
import Features
import Foundation
import FramingSupport
import Labelling
import Rendering

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file descriptor line by line as bytes, holding one line at a time, so that a
/// stream of any length runs in constant memory.
public final class LineReader {
  private let fd: Int32
  private let closeOnDeinit: Bool
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)
  private var start = 0
  private var end = 0
  private var finished = false
  /// 1-based number of the line last returned.
  public private(set) var lineNumber = 0
  /// Why reading stopped before the end of the stream, when a read failed; ``next()`` then
  /// returns `nil` as at the end, and the caller reports this.
  public private(set) var failure: String? = nil
  /// Longest line returned (64 MiB); a longer one ends the reading with a ``failure``.
  public static let maximumLineLength = 64 << 20

  /// A reader of standard input.
  public init(standardInput: Void = ()) {
    fd = 0
    closeOnDeinit = false
  }

  /// A reader of the file at `path`.
  public init(path: String) throws {
    fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    closeOnDeinit = true
  }

  deinit { if closeOnDeinit { close(fd) } }

  /// The next line without its line end (`\n` or `\r\n`), or `nil` at the end.
  public func next() -> [UInt8]? {
    var line: [UInt8] = []
    while true {
      if start < end {
        if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
          line.append(contentsOf: buffer[start..<newline])
          start = newline + 1
          if line.last == 0x0D { line.removeLast() }
          lineNumber += 1
          return line
        }
        line.append(contentsOf: buffer[start..<end])
        start = end
        if line.count > LineReader.maximumLineLength {
          failure =
            "line \(lineNumber + 1) is longer than the limit of"
            + " \(LineReader.maximumLineLength >> 20) MB"
          finished = true
          return nil
        }
      }
      if finished {
        guard !line.isEmpty else { return nil }
        lineNumber += 1
        return line
      }
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { failure = String(cString: strerror(errno)) }
      if n <= 0 {
        finished = true
      } else {
        start = 0
        end = n
      }
    }
  }
}
