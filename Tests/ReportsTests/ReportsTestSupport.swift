import Features
import Labelling
import Rendering
import Runs

@testable import Classifier

/// A small model trained on sentences written for these tests.
func reportsTestModel() throws -> FramingModel {
  let texts = [
    "Leaders praised the warm talks.", "The deal was welcomed by both sides.",
    "Critics slammed the summit.",
    "The minister condemned the attack.", "The meeting is on Friday.",
    "Talks begin at noon in the capital.",
    "Both sides welcomed a deal on grain.", "Lawmakers condemned the talks as a disgrace.",
    "The agenda lists tariffs.",
    "They praised the friendly handshake.", "Protesters denounced the sham talks.",
    "Delegations arrive on Monday.",
  ]
  let labels = [2, 2, 0, 0, 1, 1, 2, 0, 1, 2, 0, 1]
  let corpus = LabeledCorpus(
    path: "t.csv", labelNames: LabeledCorpus.defaultLabels, texts: TextColumn(texts),
    labels: labels,
    lines: Array(2...13), columns: [:])
  var config = TrainingConfiguration()
  config.tfidf.minDF = .count(1)
  return try Trainer.train(corpus, configuration: config).0
}

func article(_ id: String, outlet: String, _ text: String) throws -> ArticleInput {
  ArticleInput(id: id, outlet: outlet, file: try TextFile(path: id, bytes: Array(text.utf8)))
}
