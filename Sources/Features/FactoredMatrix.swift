/// A TF-IDF matrix stored as its factors, in half the memory of ``SparseMatrix``: entry
/// `(i, j)` is
/// ```
/// x_ij = termWeights[code] · columnScales[j] · rowScales[i]
/// ```
/// where each stored entry packs its column `j` (low 27 bits) and the code of its term
/// count (high 5 bits: count − 1, counts 1 to 32). `termWeights` is `tf` or `1 + ln tf`,
/// `columnScales` the idf and `rowScales` the row's `1 / norm`. Four bytes per entry
/// instead of eight, for training on large corpora; ``expanded()`` gives the same values
/// as the vectorizer's ``SparseMatrix``, bit for bit.
public struct FactoredMatrix: Sendable, Equatable {
  /// Bits of an entry that hold the column.
  public static let columnBits = 27
  /// Mask of the column bits.
  public static let columnMask: UInt32 = (1 << 27) - 1
  /// Largest term count an entry can hold.
  public static let maxCount = 32

  /// Number of rows.
  public var rowCount: Int
  /// Number of columns (below 2²⁷).
  public var columnCount: Int
  /// `rowCount + 1` offsets into ``entries``.
  public var rowStarts: [Int]
  /// Column and count code of each stored entry; columns strictly increase within a row.
  public var entries: [UInt32]
  /// The scale of each row.
  public var rowScales: [Double]
  /// The scale of each column.
  public var columnScales: [Double]
  /// The weight of each count code (code `c` is a count of `c + 1`).
  public var termWeights: [Double]

  /// An empty matrix, ready for ``appendRow(sorted:)``.
  init(columnScales: [Double], termWeights: [Double]) {
    precondition(columnScales.count <= Int(FactoredMatrix.columnMask) + 1)
    precondition(termWeights.count == FactoredMatrix.maxCount)
    rowCount = 0
    columnCount = columnScales.count
    rowStarts = [0]
    entries = []
    rowScales = []
    self.columnScales = columnScales
    self.termWeights = termWeights
  }

  /// Number of stored entries.
  public var nonzeroCount: Int { entries.count }

  /// The column of a stored entry.
  @inline(__always)
  public static func column(_ entry: UInt32) -> Int { Int(entry & columnMask) }

  /// The count code of a stored entry.
  @inline(__always)
  public static func code(_ entry: UInt32) -> Int { Int(entry >> UInt32(columnBits)) }

  /// The matrix with every entry's value worked out, as the vectorizer writes it.
  ///
  /// - Complexity: O(rows + entries).
  public func expanded() -> SparseMatrix {
    var columns = [Int32](repeating: 0, count: entries.count)
    var values = [Float](repeating: 0, count: entries.count)
    for i in 0..<rowCount {
      for e in rowStarts[i]..<rowStarts[i + 1] {
        let entry = entries[e]
        let j = FactoredMatrix.column(entry)
        columns[e] = Int32(j)
        values[e] = Float(
          termWeights[FactoredMatrix.code(entry)] * columnScales[j] * rowScales[i])
      }
    }
    return SparseMatrix(
      rowCount: rowCount, columnCount: columnCount, rowStarts: rowStarts, columns: columns,
      values: values)
  }

  /// Appends all rows of `other`.
  mutating func appendRows(of other: FactoredMatrix) {
    let offset = entries.count
    entries.append(contentsOf: other.entries)
    rowScales.append(contentsOf: other.rowScales)
    rowStarts.append(contentsOf: other.rowStarts.dropFirst().map { $0 + offset })
    rowCount += other.rowCount
  }
}
