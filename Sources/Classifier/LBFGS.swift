/// Limited-memory BFGS minimisation with a line search that satisfies the strong Wolfe
/// conditions (Nocedal & Wright, *Numerical Optimization*, algorithms 7.4, 3.5 and 3.6).
///
/// The search direction is `-H∇f` with `H` built from the last `memory` steps `s` and
/// gradient changes `y` by the two-loop recursion; a step `α` is accepted when
/// ```
/// f(x + αd) ≤ f(x) + c₁ α ∇f(x)ᵀd      (sufficient decrease)
/// |∇f(x + αd)ᵀd| ≤ c₂ |∇f(x)ᵀd|         (curvature)
/// ```
/// with `c₁ = 1e-4`, `c₂ = 0.9`. Everything is deterministic.
public struct LBFGS: Sendable {
  /// Number of correction pairs kept.
  public var memory: Int = 10
  /// Stop when `max_i |∇f_i| ≤ gradientTolerance`.
  public var gradientTolerance: Double = 1e-6
  /// Stop when the relative decrease of `f` in one iteration is at most this.
  public var functionTolerance: Double = 64 * Double.ulpOfOne
  /// Stop after this many iterations.
  public var maxIterations: Int = 1000
  /// Line-search evaluations per iteration at most.
  public var maxLineSearch: Int = 50
  /// Correction pairs larger than this many bytes as `Double` are stored as `Float` (see
  /// ``CorrectionPairs``).
  var pairFloatThreshold = CorrectionPairs.floatThreshold

  public init() {}

  /// Why the minimisation stopped.
  public enum Stop: String, Sendable {
    case gradient = "gradient below tolerance"
    case function = "relative decrease below tolerance"
    case iterations = "iteration limit reached"
    case lineSearch = "line search could not decrease the objective"
  }

  /// The result of ``minimize(_:from:progress:)``.
  public struct Result: Sendable {
    public var x: [Double]
    public var value: Double
    public var gradientMaxNorm: Double
    public var iterations: Int
    public var evaluations: Int
    public var stop: Stop
  }

  /// Minimises `f` from `x0`. `f(x, &g)` returns the value at `x` and writes the gradient
  /// to `g`. `progress(iteration, value, gradientMaxNorm)` is called after each iteration.
  public func minimize(
    _ f: ([Double], inout [Double]) -> Double, from x0: [Double],
    progress: ((Int, Double, Double) -> Void)? = nil
  ) -> Result {
    minimize(f, from: x0, scaling: nil, progress: progress)
  }

  /// Minimises `f` from `x0` with the initial inverse Hessian `γ_k · diag(scaling)` in
  /// place of `γ_k · I`, where `γ_k = sᵀy / (yᵀ diag(scaling) y)` for the last pair: a
  /// diagonal preconditioner for problems whose curvature differs by orders of magnitude
  /// between coordinates (`scaling_i ≈ 1 / ∂²f/∂x_i²`). The stopping rules are those of
  /// ``minimize(_:from:progress:)``; without `scaling` the two are the same computation.
  ///
  /// - Precondition: `scaling` holds one positive finite number per coordinate.
  func minimize(
    _ f: ([Double], inout [Double]) -> Double, from x0: consuming [Double], scaling: [Double]?,
    progress: ((Int, Double, Double) -> Void)? = nil
  ) -> Result {
    let n = x0.count
    if let scaling {
      precondition(scaling.count == n && scaling.allSatisfy { $0 > 0 && $0.isFinite })
    }
    var x = x0
    var g = [Double](repeating: 0, count: n)
    var value = f(x, &g)
    var evaluations = 1
    var pairs = CorrectionPairs(capacity: memory, length: n, floatThreshold: pairFloatThreshold)
    var d = [Double](repeating: 0, count: n)
    var newG = [Double](repeating: 0, count: n)
    var work = LineSearchWork(count: n)
    var alphaHistory = [Double](repeating: 0, count: memory)
    var iteration = 0
    var gmax = BLAS.maxAbs(g)
    if gmax <= gradientTolerance {
      return Result(
        x: x, value: value, gradientMaxNorm: gmax, iterations: 0, evaluations: 1, stop: .gradient)
    }
    while true {
      // Two-loop recursion: d = -H g.
      BLAS.copy(g, to: &d)
      let m = pairs.count
      if m > 0 {
        for i in stride(from: m - 1, through: 0, by: -1) {
          let a = pairs.rho[i] * pairs.dotS(i, d)
          alphaHistory[i] = a
          pairs.addY(-a, i, to: &d)
        }
        let gamma = pairs.gamma(scaling: scaling)
        if let scaling {
          LBFGS.multiply(&d, by: scaling, times: gamma)
        } else {
          BLAS.scale(gamma, &d)
        }
        for i in 0..<m {
          let b = pairs.rho[i] * pairs.dotY(i, d)
          pairs.addS(alphaHistory[i] - b, i, to: &d)
        }
      } else if let scaling {
        LBFGS.multiply(&d, by: scaling, times: 1)
      }
      BLAS.scale(-1, &d)
      var slope = BLAS.dot(g, d)
      if slope >= 0 {
        // Not a descent direction (lost curvature information): restart from -g.
        BLAS.copy(g, to: &d)
        if let scaling { LBFGS.multiply(&d, by: scaling, times: 1) }
        BLAS.scale(-1, &d)
        slope = BLAS.dot(g, d)
        pairs.removeAll()
      }
      let initialStep: Double
      if !pairs.isEmpty {
        initialStep = 1
      } else if let scaling {
        initialStep = min(1, 1 / LBFGS.weightedSquare(g, scaling).squareRoot())
      } else {
        initialStep = min(1, 1 / BLAS.norm(g))
      }
      guard
        let (step, newValue, used) = lineSearch(
          f, x: x, value: value, direction: d, slope: slope, initial: initialStep,
          newGradient: &newG, work: &work)
      else {
        return Result(
          x: x, value: value, gradientMaxNorm: gmax, iterations: iteration,
          evaluations: evaluations,
          stop: .lineSearch)
      }
      evaluations += used
      iteration += 1
      // s = step·d, y = g_new − g.
      pairs.append(step: step, direction: d, from: g, to: newG)
      BLAS.axpy(step, d, &x)
      let previous = value
      value = newValue
      swap(&g, &newG)
      gmax = BLAS.maxAbs(g)
      progress?(iteration, value, gmax)
      if gmax <= gradientTolerance {
        return Result(
          x: x, value: value, gradientMaxNorm: gmax, iterations: iteration,
          evaluations: evaluations, stop: .gradient)
      }
      if (previous - value) <= functionTolerance * max(abs(previous), abs(value), 1) {
        return Result(
          x: x, value: value, gradientMaxNorm: gmax, iterations: iteration,
          evaluations: evaluations, stop: .function)
      }
      if iteration >= maxIterations {
        return Result(
          x: x, value: value, gradientMaxNorm: gmax, iterations: iteration,
          evaluations: evaluations, stop: .iterations)
      }
    }
  }

  /// `Σ v_i² w_i`.
  static func weightedSquare(_ v: [Double], _ w: [Double]) -> Double {
    var sum: Double = 0
    for i in v.indices { sum += v[i] * v[i] * w[i] }
    return sum
  }

  /// `v_i ← a · w_i · v_i`.
  static func multiply(_ v: inout [Double], by w: [Double], times a: Double) {
    v.withUnsafeMutableBufferPointer { v in
      w.withUnsafeBufferPointer { w in
        for i in 0..<v.count { v[i] = a * w[i] * v[i] }
      }
    }
  }

  /// Buffers the line search reuses from one iteration to the next.
  struct LineSearchWork {
    var trial: [Double]
    var gradient: [Double]

    init(count: Int) {
      trial = [Double](repeating: 0, count: count)
      gradient = [Double](repeating: 0, count: count)
    }
  }

  /// Strong-Wolfe line search along `d`; returns the step, the value there and the number
  /// of evaluations, with the gradient there in `newGradient`; `nil` when it fails.
  private func lineSearch(
    _ f: ([Double], inout [Double]) -> Double, x: [Double], value f0: Double,
    direction d: [Double], slope d0: Double, initial: Double, newGradient: inout [Double],
    work: inout LineSearchWork
  ) -> (Double, Double, Int)? {
    let c1 = 1e-4
    let c2 = 0.9
    var evaluations = 0
    var trial = work.trial
    work.trial = []
    defer { work.trial = trial }
    func evaluate(_ a: Double, _ g: inout [Double]) -> (Double, Double) {
      BLAS.copy(x, to: &trial)
      BLAS.axpy(a, d, &trial)
      let v = f(trial, &g)
      evaluations += 1
      return (v, BLAS.dot(g, d))
    }
    var aPrev = 0.0
    var fPrev = f0
    var dPrev = d0
    var a = initial
    let aMax = 1e10
    while evaluations < maxLineSearch {
      let (fa, da) = evaluate(a, &work.gradient)
      if !fa.isFinite {
        a = aPrev + (a - aPrev) / 10  // overflow: step back towards the last good point
        continue
      }
      if fa > f0 + c1 * a * d0 || (evaluations > 1 && fa >= fPrev) {
        return zoom(
          evaluate, lo: (aPrev, fPrev, dPrev), hi: (a, fa, da), f0: f0, d0: d0, c1: c1, c2: c2,
          gradient: &newGradient, scratch: &work.gradient
        ).map { ($0.0, $0.1, evaluations) }
      }
      if abs(da) <= -c2 * d0 {
        swap(&newGradient, &work.gradient)
        return (a, fa, evaluations)
      }
      if da >= 0 {
        return zoom(
          evaluate, lo: (a, fa, da), hi: (aPrev, fPrev, dPrev), f0: f0, d0: d0, c1: c1, c2: c2,
          gradient: &newGradient, scratch: &work.gradient
        ).map { ($0.0, $0.1, evaluations) }
      }
      aPrev = a
      fPrev = fa
      dPrev = da
      a = min(a * 2, aMax)
    }
    return nil
  }

  /// The zoom phase: shrinks the bracket `[lo, hi]` by cubic interpolation; returns the
  /// accepted step and the value there, with the gradient there in `gradient`.
  private func zoom(
    _ evaluate: (Double, inout [Double]) -> (Double, Double),
    lo initialLo: (Double, Double, Double), hi initialHi: (Double, Double, Double),
    f0: Double, d0: Double, c1: Double, c2: Double, gradient: inout [Double],
    scratch g: inout [Double]
  ) -> (Double, Double)? {
    var lo = initialLo
    var hi = initialHi
    for _ in 0..<maxLineSearch {
      var a = LBFGS.cubicMinimizer(lo, hi)
      let width = abs(hi.0 - lo.0)
      let lower = min(lo.0, hi.0)
      let upper = max(lo.0, hi.0)
      // Keep the trial point safely inside the bracket.
      if !a.isFinite || a < lower + 0.1 * width || a > upper - 0.1 * width {
        a = (lo.0 + hi.0) / 2
      }
      let (fa, da) = evaluate(a, &g)
      if !fa.isFinite || fa > f0 + c1 * a * d0 || fa >= lo.1 {
        hi = (a, fa.isFinite ? fa : .greatestFiniteMagnitude, da)
      } else {
        if abs(da) <= -c2 * d0 {
          swap(&gradient, &g)
          return (a, fa)
        }
        if da * (hi.0 - lo.0) >= 0 { hi = lo }
        lo = (a, fa, da)
      }
      if width < 1e-16 * max(1, upper) { break }
    }
    // Accept the best point found if it decreased the objective.
    if lo.0 > 0 && lo.1 < f0 {
      let (fa, _) = evaluate(lo.0, &g)
      swap(&gradient, &g)
      return (lo.0, fa)
    }
    return nil
  }

  /// The minimiser of the cubic that interpolates values and slopes at two points.
  static func cubicMinimizer(_ p: (Double, Double, Double), _ q: (Double, Double, Double)) -> Double
  {
    let (a, fa, da) = p
    let (b, fb, db) = q
    let d1 = da + db - 3 * (fa - fb) / (a - b)
    let disc = d1 * d1 - da * db
    guard disc >= 0 else { return .nan }
    let d2 = (b > a ? 1.0 : -1.0) * disc.squareRoot()
    return b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2)
  }
}
