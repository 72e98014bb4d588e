import Foundation
import FramingSupport

/// Buffered writes to standard output, and the one way the tools write to standard error.
///
/// A write that fails (a full disk, a closed descriptor) stops all further output and is
/// kept in ``failure``, so that the tool can say so and exit non-zero instead of reporting
/// success over output that was lost. A reader that went away (`EPIPE`, as with `| head`)
/// is a failure too, but ``failureMessage`` is then `nil`: nothing is printed for it.
public final class StandardOutput {
  private static let capacity = 1 << 18
  private var buffer: [UInt8] = []
  private var closed = false
  /// The `errno` of the first failed write, if any.
  public private(set) var failure: Int32? = nil

  public init() { buffer.reserveCapacity(StandardOutput.capacity) }

  public func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= StandardOutput.capacity { flush() }
  }

  public func write(_ bytes: UnsafeRawBufferPointer) {
    if buffer.count + bytes.count > StandardOutput.capacity {
      flush()
      if bytes.count >= StandardOutput.capacity {
        failure = failure ?? StandardOutput.writeAll(bytes, to: 1, closed: &closed)
        return
      }
    }
    buffer.append(contentsOf: bytes)
  }

  public func flush() {
    guard !buffer.isEmpty else { return }
    let error = buffer.withUnsafeBytes { StandardOutput.writeAll($0, to: 1, closed: &closed) }
    failure = failure ?? error
    buffer.removeAll(keepingCapacity: true)
  }

  /// Makes a reader that went away (`| head`) a failed write (`EPIPE`), which ends the
  /// run quietly with exit 1, instead of a signal that kills the process mid-write.
  public static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }

  /// Writes `text` to standard error as it is (progress lines).
  public static func write(toError text: String) {
    var closed = false
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { writeAll($0, to: 2, closed: &closed) }
  }

  /// Writes `tool: error: ERROR` (or `warning`) as one line to standard error.
  /// A message with several problems (``MultiLineError``) gives one line each; control
  /// characters in it are escaped (``Diagnostic``).
  public static func report(_ tool: String, _ kind: String, _ message: Any) {
    var closed = false
    let text = Diagnostic.lines(message).map { "\(tool): \(kind): \($0)\n" }.joined()
    _ = Array(text.utf8).withUnsafeBytes { writeAll($0, to: 2, closed: &closed) }
  }

  /// What to say about ``failure`` (`nil` when there is none, or when the reader went away).
  public var failureMessage: String? {
    guard let failure, failure != EPIPE else { return nil }
    return "standard output: \(String(cString: strerror(failure))); the output is incomplete"
  }

  /// Flushes, and when a write failed, reports it for `tool` and returns false.
  public func finish(_ tool: String) -> Bool {
    flush()
    if let message = failureMessage { StandardOutput.report(tool, "error", message) }
    return failure == nil
  }

  /// Writes all of `raw` to `fd`; returns the `errno` of a failed write (and then writes
  /// nothing more to it), or `nil`.
  @discardableResult
  private static func writeAll(_ raw: UnsafeRawBufferPointer, to fd: Int32, closed: inout Bool)
    -> Int32?
  {
    var written = 0
    while !closed && written < raw.count {
      let n = Foundation.write(fd, raw.baseAddress! + written, raw.count - written)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 {
        closed = true
        return n < 0 ? errno : ENOSPC
      }
      written += n
    }
    return nil
  }
}
