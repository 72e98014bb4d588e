import Foundation

/// Buffered writes to standard output, and the one way the tools write to standard error.
public final class StandardOutput {
  private static let capacity = 1 << 18
  private var buffer: [UInt8] = []
  private var closed = false

  public init() { buffer.reserveCapacity(StandardOutput.capacity) }

  public func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= StandardOutput.capacity { flush() }
  }

  public func write(_ bytes: UnsafeRawBufferPointer) {
    if buffer.count + bytes.count > StandardOutput.capacity {
      flush()
      if bytes.count >= StandardOutput.capacity {
        StandardOutput.writeAll(bytes, to: 1, closed: &closed)
        return
      }
    }
    buffer.append(contentsOf: bytes)
  }

  public func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { StandardOutput.writeAll($0, to: 1, closed: &closed) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes `text` to standard error as it is (progress lines).
  public static func write(toError text: String) {
    var closed = false
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { writeAll($0, to: 2, closed: &closed) }
  }

  /// Writes `tool: error: ERROR` (or `warning`) as one line to standard error.
  public static func report(_ tool: String, _ kind: String, _ message: Any) {
    var closed = false
    let line = Array("\(tool): \(kind): \(message)\n".utf8)
    line.withUnsafeBytes { writeAll($0, to: 2, closed: &closed) }
  }

  private static func writeAll(_ raw: UnsafeRawBufferPointer, to fd: Int32, closed: inout Bool) {
    var written = 0
    while !closed && written < raw.count {
      let n = Foundation.write(fd, raw.baseAddress! + written, raw.count - written)
      if n <= 0 {
        if errno == EINTR { continue }
        closed = true  // closed (e.g. piped to head): nothing more to do
        return
      }
      written += n
    }
  }
}
