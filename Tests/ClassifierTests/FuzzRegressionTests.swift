import Testing

@testable import Classifier
@testable import Features

/// Inputs found by the fuzzers under `Fuzz/` (see Fuzz/README.md), reduced to the smallest
/// case that shows the problem.
@Suite struct ClassifierFuzzRegressionTests {
  func parse(_ text: String) throws -> LabeledCorpus {
    try LabeledCorpus.parse(TextFile(path: "dup.csv", bytes: Array(text.utf8)))
  }

  /// `Fuzz/run.sh csv`: a header naming a column twice gave that column two values per
  /// row, so `train --group g` read the wrong group for every row after the first; a
  /// repeated `text` or `label` is ambiguous.
  @Test(arguments: [
    ("text,label,g,g\nx,neutral,a,b\ny,critical,c,d\n", "g"),
    ("text,label,text\nx,neutral,y\n", "text"),
    ("label,text, label\nneutral,x,critical\n", "label"),
  ])
  func headerWithARepeatedColumnNameIsRefused(_ csv: String, _ column: String) {
    #expect(throws: FeaturesError.repeatedColumn(path: "dup.csv", column: column)) {
      try parse(csv)
    }
  }

  /// Whatever the header, every column keeps one value per row.
  @Test(arguments: [
    "text,label,g\nx,neutral,a\n", "text,label,,\nx,neutral,a,b\n", "g,text,label\na,x,neutral\n",
  ])
  func everyColumnHasOneValuePerRow(_ csv: String) throws {
    let corpus = try parse(csv)
    #expect(corpus.count == 1)
    for (name, values) in corpus.columns {
      #expect(values.count == corpus.count, "column '\(name)'")
    }
  }
}
