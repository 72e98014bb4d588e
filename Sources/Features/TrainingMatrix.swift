/// The matrix a model is trained on: entry values, or factors for large corpora.
public enum TrainingMatrix: Sendable {
  /// Every entry's value.
  case values(SparseMatrix)
  /// Factors of the values, in half the memory.
  case factored(FactoredMatrix)

  /// Number of rows.
  public var rowCount: Int {
    switch self {
    case .values(let m): return m.rowCount
    case .factored(let m): return m.rowCount
    }
  }

  /// Number of columns.
  public var columnCount: Int {
    switch self {
    case .values(let m): return m.columnCount
    case .factored(let m): return m.columnCount
    }
  }

  /// Number of stored entries.
  public var nonzeroCount: Int {
    switch self {
    case .values(let m): return m.nonzeroCount
    case .factored(let m): return m.nonzeroCount
    }
  }

  /// The values as a ``SparseMatrix``.
  public var values: SparseMatrix {
    switch self {
    case .values(let m): return m
    case .factored(let m): return m.expanded()
    }
  }
}
