import CBLAS
import Features
import Foundation
import FramingSupport

/// Thin wrappers over the CBLAS level-1 routines used on dense parameter vectors.
///
/// OpenBLAS may split a long dot product over threads, which changes the order of the
/// additions; training calls ``BLAS/useSingleThread()`` so that results do not depend on
/// the number of cores. Vectors of at least ``splitLength`` elements are cut instead into
/// two fixed halves, run on two threads when there are two (one after the other
/// otherwise), and a dot product adds the halves' sums in order: the same result on any
/// number of cores, in about half the time on two.
enum BLAS {
  /// Vectors this long or longer are worked on in two halves.
  static let splitLength = 1 << 17

  /// Makes OpenBLAS run every routine on the calling thread.
  static func useSingleThread() {
    openblas_set_num_threads(1)
  }

  /// The halves of `0..<n` when `n` is long enough to split.
  @inline(__always)
  private static func halves(_ n: Int) -> [Range<Int>]? {
    n >= splitLength ? [0..<(n / 2), (n / 2)..<n] : nil
  }

  /// `xᵀy`.
  static func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count)
    guard let parts = halves(x.count) else { return cblas_ddot(Int32(x.count), x, 1, y, 1) }
    let sums = x.withUnsafeBufferPointer { x in
      y.withUnsafeBufferPointer { y in
        let shared = UnsafeSendable((x, y))  // both only read
        return Parallel.map(parts) { r in
          cblas_ddot(
            Int32(r.count), shared.value.0.baseAddress! + r.lowerBound, 1,
            shared.value.1.baseAddress! + r.lowerBound, 1)
        }
      }
    }
    return sums[0] + sums[1]
  }

  /// `y ← a·x + y`.
  static func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
    precondition(x.count == y.count)
    onHalves(x, &y) { n, x, y in cblas_daxpy(n, a, x, 1, y, 1) }
  }

  /// `x ← a·x`.
  static func scale(_ a: Double, _ x: inout [Double]) {
    let none: [Double] = []
    onHalves(none, &x) { n, _, x in cblas_dscal(n, a, x, 1) }
  }

  /// `y ← x`.
  static func copy(_ x: [Double], to y: inout [Double]) {
    precondition(x.count == y.count)
    onHalves(x, &y) { n, x, y in cblas_dcopy(n, x, 1, y, 1) }
  }

  /// Calls `body(count, x + offset, y + offset)` on the whole of `y` (and of `x`, which is
  /// empty or as long), or on each half on its own thread when `y` is long: for elementwise
  /// routines, whose results do not depend on the cut.
  private static func onHalves(
    _ x: [Double], _ y: inout [Double],
    _ body: (Int32, UnsafePointer<Double>?, UnsafeMutablePointer<Double>) -> Void
  ) {
    let n = y.count
    guard n > 0 else { return }
    x.withUnsafeBufferPointer { x in
      y.withUnsafeMutableBufferPointer { y in
        guard let parts = halves(n) else {
          body(Int32(n), x.baseAddress, y.baseAddress!)
          return
        }
        let input = UnsafeSendable(x)  // only read
        Parallel.forEachDisjoint(parts, of: y) { r, part in
          body(Int32(r.count), input.value.baseAddress.map { $0 + r.lowerBound }, part.baseAddress!)
        }
      }
    }
  }

  /// `‖x‖₂`.
  static func norm(_ x: [Double]) -> Double {
    cblas_dnrm2(Int32(x.count), x, 1)
  }

  /// `max |x_i|`.
  static func maxAbs(_ x: [Double]) -> Double {
    guard !x.isEmpty else { return 0 }
    let i = Int(cblas_idamax(Int32(x.count), x, 1))
    return abs(x[i])
  }
}

/// OpenBLAS's own worker threads.
public enum BLASThreads {
  /// Ends OpenBLAS's worker threads, which it starts when it loads and which spin on
  /// `sched_yield` for a while before they sleep. Classifying needs no BLAS routine
  /// (training does, and OpenBLAS restarts its threads when a routine wants them), so they
  /// only take time from the threads that label. Looked up at run time: only the pthreads
  /// build of OpenBLAS has the function.
  public static func stopIdle() {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "blas_thread_shutdown_")
    else { return }
    typealias Shutdown = @convention(c) () -> Int32
    _ = unsafeBitCast(symbol, to: Shutdown.self)()
  }
}
