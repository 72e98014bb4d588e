import Testing

@testable import Classifier
@testable import Features

@Suite struct LabeledCorpusTests {
  func parse(_ text: String) throws -> LabeledCorpus {
    try LabeledCorpus.parse(TextFile(path: "l.csv", bytes: Array(text.utf8)))
  }

  @Test func readsColumnsInAnyOrder() throws {
    let c = try parse(
      "topic,label,text\nwar,critical,\"Shelling, again.\"\ntrade,neutral,Talks at noon.\n")
    #expect(c.texts == ["Shelling, again.", "Talks at noon."])
    #expect(c.labels == [0, 1])
    #expect(c.columns["topic"] == ["war", "trade"])
    #expect(c.lines == [2, 3])
  }

  @Test func everyBadRowIsReportedWithItsLine() {
    let text = "text,label\nok,critical\n,neutral\nfine,Critical \nhmm,angry\nshort\nlast,\n"
    #expect(
      throws: ClassifierError.badRows(
        path: "l.csv",
        problems: [
          .init(line: 3, reason: "the 'text' field is empty"),
          .init(line: 4, reason: "label 'Critical ' is not exactly a label; write 'critical'"),
          .init(
            line: 5,
            reason: "unknown label 'angry' (expected one of 'critical', 'neutral', 'conciliatory')"),
          .init(line: 6, reason: "the row has 1 fields, the header has 2"),
          .init(line: 7, reason: "the 'label' field is empty"),
        ])
    ) { try parse(text) }
  }

  @Test func missingColumnAndEmptyFile() {
    #expect(
      throws: FeaturesError.missingColumn(path: "l.csv", column: "label", header: ["text", "tag"])
    ) {
      try parse("text,tag\na,b\n")
    }
    #expect(throws: FeaturesError.emptyTable(path: "l.csv")) { try parse("") }
  }
}
