import Dispatch
import Foundation

/// Splitting work over the machine's cores with results that do not depend on how many
/// there are: work is cut into chunks by size alone and results come back in chunk order.
public enum Parallel {
  /// Number of worker threads: `FRAMING_THREADS` when set (≥ 1), else the active cores.
  public static let threadCount: Int = {
    if let text = ProcessInfo.processInfo.environment["FRAMING_THREADS"], let n = Int(text), n >= 1
    {
      return n
    }
    return max(1, ProcessInfo.processInfo.activeProcessorCount)
  }()

  /// The ranges that cut `0..<count` into pieces of `chunkSize` (the last may be shorter).
  public static func chunks(count: Int, chunkSize: Int) -> [Range<Int>] {
    precondition(chunkSize > 0)
    return stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
  }

  /// `body` applied to every range, on up to ``threadCount`` threads; results in order.
  ///
  /// `body` must be safe to call from several threads at once.
  public static func map<T>(_ ranges: [Range<Int>], _ body: (Range<Int>) -> T) -> [T] {
    if ranges.count <= 1 || threadCount == 1 {
      return ranges.map(body)
    }
    let results = UnsafeMutablePointer<T?>.allocate(capacity: ranges.count)
    results.initialize(repeating: nil, count: ranges.count)
    defer {
      results.deinitialize(count: ranges.count)
      results.deallocate()
    }
    let next = Counter()
    let workers = min(threadCount, ranges.count)
    withoutActuallyEscaping(body) { body in
      let box = UnsafeSendable((body, results))
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        let (body, results) = box.value
        while true {
          let i = next.increment()
          if i >= ranges.count { break }
          results[i] = body(ranges[i])
        }
      }
    }
    return (0..<ranges.count).map { results[$0]! }
  }
}

/// A value handed to other threads by a caller that guarantees the access is safe.
package struct UnsafeSendable<T>: @unchecked Sendable {
  package let value: T
  package init(_ value: T) { self.value = value }
}

/// A thread-safe counter handing out 0, 1, 2, ...
final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    let v = value
    value += 1
    return v
  }
}
