import Testing

@testable import Features

@Suite struct SparseMatrixTests {
  func sample() -> SparseMatrix {
    var m = SparseMatrix(columnCount: 4)
    m.appendRow(columns: [0, 3], values: [1, 2])
    m.appendRow(columns: [], values: [])
    m.appendRow(columns: [1, 2, 3], values: [3, 4, 5])
    return m
  }

  @Test func denseAndSubscript() {
    let m = sample()
    #expect(m.dense() == [[1, 0, 0, 2], [0, 0, 0, 0], [0, 3, 4, 5]])
    #expect(m[2, 2] == 4)
    #expect(m[1, 2] == 0)
  }

  @Test func transposeIsTheDenseTranspose() {
    let m = sample()
    let t = m.transposed()
    let d = m.dense()
    #expect(t.dense() == (0..<4).map { c in (0..<3).map { r in d[r][c] } })
    #expect(t.transposed() == m)
  }

  @Test func rowsAndAppend() {
    let m = sample()
    #expect(m.rows([2, 0]).dense() == [[0, 3, 4, 5], [1, 0, 0, 2]])
    var a = m.rows([0])
    a.appendRows(of: m.rows([1, 2]))
    #expect(a == m)
  }
}
