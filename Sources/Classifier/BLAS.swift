import CBLAS

/// Thin wrappers over the CBLAS level-1 routines used on dense parameter vectors.
///
/// OpenBLAS may split a long dot product over threads, which changes the order of the
/// additions; training calls ``BLAS/useSingleThread()`` so that results do not depend on
/// the number of cores.
enum BLAS {
  /// Makes OpenBLAS run every routine on the calling thread.
  static func useSingleThread() {
    openblas_set_num_threads(1)
  }

  /// `xᵀy`.
  static func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count)
    return cblas_ddot(Int32(x.count), x, 1, y, 1)
  }

  /// `y ← a·x + y`.
  static func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
    precondition(x.count == y.count)
    cblas_daxpy(Int32(x.count), a, x, 1, &y, 1)
  }

  /// `x ← a·x`.
  static func scale(_ a: Double, _ x: inout [Double]) {
    cblas_dscal(Int32(x.count), a, &x, 1)
  }

  /// `y ← x`.
  static func copy(_ x: [Double], to y: inout [Double]) {
    precondition(x.count == y.count)
    cblas_dcopy(Int32(x.count), x, 1, &y, 1)
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
