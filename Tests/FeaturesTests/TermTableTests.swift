import Testing

@testable import Features

@Suite struct TermTableTests {
  @Test func insertFindAndGrow() {
    var table = TermTable(capacity: 2)
    let words = (0..<10_000).map { "term\($0) x" }
    for (i, w) in words.enumerated() {
      var copy = w
      let (id, inserted) = copy.withUTF8 { table.insert($0) }
      #expect(id == Int32(i) && inserted)
    }
    #expect(table.count == words.count)
    for (i, w) in words.enumerated() where i % 97 == 0 {
      #expect(table.id(of: w) == i)
      #expect(table.term(i) == w)
    }
    #expect(table.id(of: "absent") == nil)
    #expect(table.id(of: "") == nil)
    var again = "term5 x"
    #expect(again.withUTF8 { table.insert($0) }.inserted == false)
  }
}
