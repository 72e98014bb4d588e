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

  @Test func uniqueTermsGiveTheSameTableAsInserting() {
    let words = ["", "a", "a b", "ab", "b", "longer than eight bytes", "zz", "é"]
    var bytes: [UInt8] = []
    var offsets = [0]
    for w in words {
      bytes += Array(w.utf8)
      offsets.append(bytes.count)
    }
    let bulk = TermTable(uniqueTerms: bytes, offsets: offsets)
    let inserted = TermTable(terms: words)
    #expect(bulk.count == words.count)
    #expect(bulk.terms == inserted.terms)
    for (i, w) in words.enumerated() {
      #expect(bulk.id(of: w) == i)
    }
    #expect(bulk.id(of: "a c") == nil)
    var grown = bulk
    var more = "new term"
    #expect(more.withUTF8 { grown.insert($0) } == (Int32(words.count), true))
    for (i, w) in words.enumerated() { #expect(grown.id(of: w) == i) }
  }
}
