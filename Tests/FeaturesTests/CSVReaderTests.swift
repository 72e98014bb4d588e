import FramingSupport
import Testing

@testable import Features

@Suite struct CSVReaderTests {
  func rows(_ text: String) throws -> [CSVReader.Row] {
    try CSVReader(path: "t.csv", bytes: Array(text.utf8)).rows()
  }

  @Test func plainFieldsAndLineNumbers() throws {
    let r = try rows("text,label\nhello,neutral\nbye,critical\n")
    #expect(r.map(\.fields) == [["text", "label"], ["hello", "neutral"], ["bye", "critical"]])
    #expect(r.map(\.line) == [1, 2, 3])
  }

  @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
    let r = try rows("text,label\n\"a, b\",x\n\"say \"\"hi\"\"\",y\n\"two\nlines\",z\nlast,w")
    #expect(r[1].fields == ["a, b", "x"])
    #expect(r[2].fields == ["say \"hi\"", "y"])
    #expect(r[3].fields == ["two\nlines", "z"])
    #expect(r[4].fields == ["last", "w"])
    #expect(r[4].line == 6)  // the row after a two-line field starts on line 6
  }

  @Test func crlfBomBlankLinesAndEmptyFields() throws {
    let r = try rows("\u{FEFF}text,label\r\n\r\na,\r\n,b\r\n\"\",\"\"\r\n")
    #expect(r.map(\.fields) == [["text", "label"], ["a", ""], ["", "b"], ["", ""]])
    #expect(r.map(\.line) == [1, 3, 4, 5])
  }

  @Test func trailingCommaGivesEmptyLastField() throws {
    #expect(try rows("a,b,").first?.fields == ["a", "b", ""])
  }

  @Test func curlyQuotesAreOrdinaryCharacters() throws {
    #expect(try rows("“quoted” text,’x’\n").first?.fields == ["“quoted” text", "’x’"])
  }

  @Test func unterminatedQuoteNamesTheLineItOpened() {
    #expect(throws: FeaturesError.unterminatedQuote(path: "t.csv", line: 3)) {
      try rows("text,label\nok,x\n\"never closed,x\nmore\n")
    }
  }

  @Test func strayQuoteAfterClosingQuote() {
    #expect(throws: FeaturesError.strayQuote(path: "t.csv", line: 2)) {
      try rows("text,label\n\"closed\"junk,x\n")
    }
  }

  @Test func writerRoundTrips() throws {
    let fields = [
      "\u{FEFF}starts with a BOM", "plain", "with, comma", "with \"quote\"", "two\nlines", "",
    ]
    let r = try rows(CSVWriter.row(fields))
    #expect(r.first?.fields == fields)
  }
}
