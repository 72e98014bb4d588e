/// A sparse matrix in compressed sparse row (CSR) form, with `Float` values.
///
/// Row `i` holds the entries `rowStarts[i] ..< rowStarts[i + 1]` of ``columns`` and
/// ``values``; column indices within a row are strictly increasing.
public struct SparseMatrix: Sendable, Equatable {
  /// Number of rows.
  public var rowCount: Int
  /// Number of columns.
  public var columnCount: Int
  /// `rowCount + 1` offsets into ``columns`` and ``values``.
  public var rowStarts: [Int]
  /// Column index of each stored entry.
  public var columns: [Int32]
  /// Value of each stored entry.
  public var values: [Float]

  /// An empty matrix with `columnCount` columns, ready for ``appendRow(columns:values:)``.
  public init(columnCount: Int) {
    self.rowCount = 0
    self.columnCount = columnCount
    self.rowStarts = [0]
    self.columns = []
    self.values = []
  }

  /// A matrix from its CSR arrays.
  ///
  /// - Precondition: the arrays are consistent (checked).
  public init(rowCount: Int, columnCount: Int, rowStarts: [Int], columns: [Int32], values: [Float])
  {
    precondition(rowStarts.count == rowCount + 1 && rowStarts.first == 0)
    precondition(rowStarts.last == columns.count && columns.count == values.count)
    self.rowCount = rowCount
    self.columnCount = columnCount
    self.rowStarts = rowStarts
    self.columns = columns
    self.values = values
  }

  /// Number of stored entries.
  public var nonzeroCount: Int { columns.count }

  /// Appends one row; `columns` must be strictly increasing and below ``columnCount``.
  public mutating func appendRow(
    columns rowColumns: some Collection<Int32>, values rowValues: some Collection<Float>
  ) {
    precondition(rowColumns.count == rowValues.count)
    columns.append(contentsOf: rowColumns)
    values.append(contentsOf: rowValues)
    rowCount += 1
    rowStarts.append(columns.count)
  }

  /// Appends all rows of `other`, which must have the same number of columns.
  ///
  /// - Complexity: O(rows + entries of `other`).
  public mutating func appendRows(of other: SparseMatrix) {
    precondition(other.columnCount == columnCount)
    let offset = columns.count
    columns.append(contentsOf: other.columns)
    values.append(contentsOf: other.values)
    rowStarts.append(contentsOf: other.rowStarts.dropFirst().map { $0 + offset })
    rowCount += other.rowCount
  }

  /// The rows at `indices`, in that order.
  ///
  /// - Complexity: O(selected rows + their entries).
  public func rows(_ indices: some Collection<Int>) -> SparseMatrix {
    var result = SparseMatrix(columnCount: columnCount)
    result.rowStarts.reserveCapacity(indices.count + 1)
    for i in indices {
      let range = rowStarts[i]..<rowStarts[i + 1]
      result.columns.append(contentsOf: columns[range])
      result.values.append(contentsOf: values[range])
      result.rowCount += 1
      result.rowStarts.append(result.columns.count)
    }
    return result
  }

  /// The value at `row`, `column` (0 when not stored).
  ///
  /// - Complexity: O(log entries in the row).
  public subscript(row: Int, column: Int) -> Float {
    var lo = rowStarts[row]
    var hi = rowStarts[row + 1]
    let c = Int32(column)
    while lo < hi {
      let mid = (lo + hi) / 2
      if columns[mid] < c { lo = mid + 1 } else { hi = mid }
    }
    return lo < rowStarts[row + 1] && columns[lo] == c ? values[lo] : 0
  }

  /// The matrix as a dense row-major array (for tests on small matrices).
  ///
  /// - Complexity: O(rows × columns).
  public func dense() -> [[Float]] {
    var out = [[Float]](repeating: [Float](repeating: 0, count: columnCount), count: rowCount)
    for r in 0..<rowCount {
      for k in rowStarts[r]..<rowStarts[r + 1] { out[r][Int(columns[k])] = values[k] }
    }
    return out
  }

  /// The transpose, in CSR form (which is this matrix in compressed sparse column form).
  ///
  /// - Complexity: O(rows + columns + entries).
  public func transposed() -> SparseMatrix {
    var counts = [Int](repeating: 0, count: columnCount + 1)
    for c in columns { counts[Int(c) + 1] += 1 }
    for j in 0..<columnCount { counts[j + 1] += counts[j] }
    var next = counts
    var tColumns = [Int32](repeating: 0, count: columns.count)
    var tValues = [Float](repeating: 0, count: values.count)
    for r in 0..<rowCount {
      for k in rowStarts[r]..<rowStarts[r + 1] {
        let c = Int(columns[k])
        let slot = next[c]
        tColumns[slot] = Int32(r)
        tValues[slot] = values[k]
        next[c] = slot + 1
      }
    }
    return SparseMatrix(
      rowCount: columnCount, columnCount: rowCount, rowStarts: counts, columns: tColumns,
      values: tValues)
  }
}
