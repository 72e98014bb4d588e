/// The column of each corpus code, -1 for terms not kept.
struct CodeColumns: Sendable {
  private var tokenColumn: [Int32]
  private var multiColumn: [Int32]

  init(tokenCount: Int, multiCount: Int) {
    tokenColumn = [Int32](repeating: -1, count: tokenCount)
    multiColumn = [Int32](repeating: -1, count: multiCount)
  }

  subscript(code: UInt32) -> Int32 {
    @inline(__always) get {
      code & NGramIndex.multiFlag != 0
        ? multiColumn[Int(code & ~NGramIndex.multiFlag)] : tokenColumn[Int(code)]
    }
    set {
      if code & NGramIndex.multiFlag != 0 {
        multiColumn[Int(code & ~NGramIndex.multiFlag)] = newValue
      } else {
        tokenColumn[Int(code)] = newValue
      }
    }
  }
}
