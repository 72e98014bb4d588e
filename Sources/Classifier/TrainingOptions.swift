import Features
import FramingSupport

/// How rows are weighted in the loss.
public enum ClassWeight: String, Sendable, CaseIterable {
  /// Every row weighs 1.
  case none
  /// A row of class `k` weighs `n / (K · n_k)`, as scikit-learn's `class_weight="balanced"`.
  case balanced
}

/// Options of ``SoftmaxRegression/fit(_:labels:classCount:options:progress:)``.
public struct TrainingOptions: Sendable {
  /// Inverse regularisation strength `C` (> 0): larger fits the data more closely.
  public var c: Double = 1
  /// Row weighting.
  public var classWeight: ClassWeight = .none
  /// The optimiser and its stopping rules.
  public var optimizer = LBFGS()

  public init() {}
}
