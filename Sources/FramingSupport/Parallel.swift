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

extension Parallel {
  /// `first()` and `second()`, at the same time on two threads when there are two
  /// (``threadCount`` ≥ 2), else one after the other; the results do not depend on which.
  /// `second` runs on a thread of its own (no dispatch queue, which would take file
  /// descriptors, standard output's among them when it is closed).
  ///
  /// Both must be safe to run at the same time as each other.
  public static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    if threadCount == 1 { return (first(), second()) }
    var b: B? = nil
    let a = withoutActuallyEscaping(second) { second in
      withUnsafeMutablePointer(to: &b) { pb in
        let box = UnsafeSendable((second, pb))
        let thread = startThread(
          running: OneJob {
            let (second, pb) = box.value
            pb.pointee = second()
          })
        let a = first()
        pthread_join(thread, nil)
        return a
      }
    }
    return (a, b!)
  }

  /// Runs `work` on the jobs that `next` hands out, on ``threadCount`` worker threads, and
  /// passes the results to `consume` on the calling thread in the order of the jobs. At most
  /// `window` jobs are queued, running or waiting to be consumed, so memory stays bounded
  /// however many jobs there are. With one thread everything runs on the calling thread.
  ///
  /// `next` and `consume` run on the calling thread only; `work` must be safe to call from
  /// several threads at once.
  ///
  /// - Parameter window: jobs in flight, ≥ 1.
  public static func stream<Job, Result>(
    window: Int, next: () -> Job?, work: (Job) -> Result, consume: (Result) -> Void
  ) {
    precondition(window >= 1)
    if threadCount == 1 {
      while let job = next() { consume(work(job)) }
      return
    }
    withoutActuallyEscaping(work) { work in
      let pipeline = Pipeline<Job, Result>(work: work)
      let threads = (0..<threadCount).map { _ in pipeline.startWorker() }
      var produced = 0
      var consumed = 0
      var exhausted = false
      while true {
        while !exhausted && produced - consumed < window {
          if let job = next() {
            pipeline.submit(job)
            produced += 1
          } else {
            exhausted = true
          }
        }
        if consumed == produced { break }
        consume(pipeline.result(consumed))
        consumed += 1
      }
      pipeline.finish()
      for thread in threads { pthread_join(thread, nil) }
    }
  }
}

/// The shared state of ``Parallel/stream(window:next:work:consume:)``: a queue of numbered
/// jobs, the finished results by number, and the worker threads that connect them.
private final class Pipeline<Job, Result>: @unchecked Sendable {
  private let work: (Job) -> Result
  private let condition = NSCondition()
  private var jobs: [Int: Job] = [:]
  private var taken = 0  // number of the next job to take
  private var submitted = 0
  private var results: [Int: Result] = [:]
  private var finished = false

  init(work: @escaping (Job) -> Result) { self.work = work }

  /// Queues the next job.
  func submit(_ job: Job) {
    condition.lock()
    jobs[submitted] = job
    submitted += 1
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for the result of job `number` and takes it.
  func result(_ number: Int) -> Result {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let r = results.removeValue(forKey: number) { return r }
      condition.wait()
    }
  }

  /// Lets the workers end once the queue is empty.
  func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// Starts a thread that runs jobs until ``finish()``.
  func startWorker() -> pthread_t { startThread(running: self) }
}

/// A thread running `loop.runJobs()`, which holds `loop` until it returns.
private func startThread(running loop: WorkerLoop) -> pthread_t {
  let context = Unmanaged.passRetained(loop as AnyObject).toOpaque()
  #if canImport(Darwin)
    var thread: pthread_t? = nil
  #else
    var thread = pthread_t()
  #endif
  let status = pthread_create(
    &thread, nil,
    { context in
      #if canImport(Darwin)
        let loop = Unmanaged<AnyObject>.fromOpaque(context).takeRetainedValue()
      #else
        let loop = Unmanaged<AnyObject>.fromOpaque(context!).takeRetainedValue()
      #endif
      (loop as! WorkerLoop).runJobs()
      return nil
    }, context)
  precondition(status == 0, "cannot start a worker thread (error \(status))")
  #if canImport(Darwin)
    return thread!
  #else
    return thread
  #endif
}

/// What a worker thread runs.
private protocol WorkerLoop: AnyObject {
  func runJobs()
}

/// One job for a thread of its own (``Parallel/both(_:_:)``).
private final class OneJob: WorkerLoop {
  private let job: () -> Void
  init(_ job: @escaping () -> Void) { self.job = job }
  func runJobs() { job() }
}

extension Pipeline: WorkerLoop {
  func runJobs() {
    while true {
      condition.lock()
      while taken == submitted && !finished { condition.wait() }
      guard taken < submitted, let job = jobs.removeValue(forKey: taken) else {
        condition.unlock()
        return
      }
      let number = taken
      taken += 1
      condition.unlock()
      let r = work(job)
      condition.lock()
      results[number] = r
      condition.broadcast()
      condition.unlock()
    }
  }
}

/// A value handed to other threads by a caller that guarantees the access is safe: the
/// threads only read it, or each writes a part no other thread touches (for buffers, use
/// ``Parallel/forEachDisjoint(_:of:_:)``, which checks that the parts are disjoint).
public struct UnsafeSendable<T>: @unchecked Sendable {
  public let value: T
  public init(_ value: T) { self.value = value }
}

extension Parallel {
  /// Calls `body(range, slice)` for every range on up to ``threadCount`` threads, where
  /// `slice` is the part `buffer[range]` (indices from 0), so that each thread writes only
  /// its own part. The ranges must lie inside the buffer, in increasing order, and must not
  /// overlap: checked with preconditions (as swift-collections checks its unsafe buffers),
  /// so a wrong cut stops the program instead of letting two threads write one element.
  public static func forEachDisjoint<T>(
    _ ranges: [Range<Int>], of buffer: UnsafeMutableBufferPointer<T>,
    _ body: (Range<Int>, UnsafeMutableBufferPointer<T>) -> Void
  ) {
    var end = 0
    for r in ranges {
      precondition(
        r.lowerBound >= end, "Parallel.forEachDisjoint: ranges overlap or are out of order")
      precondition(
        r.upperBound <= buffer.count, "Parallel.forEachDisjoint: range outside the buffer")
      end = r.upperBound
    }
    let shared = UnsafeSendable(buffer)
    _ = map(ranges) { r -> Int in
      body(r, UnsafeMutableBufferPointer(rebasing: shared.value[r]))
      return 0
    }
  }
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
