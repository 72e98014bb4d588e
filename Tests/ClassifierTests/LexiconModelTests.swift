import Foundation
import Testing

@testable import Classifier
@testable import Features

/// A model with a lexicon block and name classes, trained on a few sentences.
func lexiconModel(negationMarks: Bool = false, corpusNames: Bool = false) throws -> FramingModel {
  let texts = [
    "Leaders praised the warm talks in Moscow.", "The deal was welcomed by Putin.",
    "Critics slammed the summit.", "The minister condemned the attack on Kyiv.",
    "The meeting is on Friday.", "Talks begin at noon in Geneva.",
    "Both sides welcomed a deal.", "Lawmakers condemned the talks.",
  ]
  let corpus = LabeledCorpus(
    path: "tiny.csv", labelNames: LabeledCorpus.defaultLabels, texts: TextColumn(texts),
    labels: [2, 2, 0, 0, 1, 1, 2, 0], lines: Array(2...9), columns: [:])
  var config = TrainingConfiguration()
  config.tfidf.minDF = .count(1)
  config.lexicon = try Lexicon(
    pairs: [
      ("praised", "praise"), ("welcomed", "warmth"), ("warm", "warmth"), ("slammed", "disapproval"),
      ("condemned", "disapproval"), ("not", "negation"),
    ])
  config.lexiconWeight = 0.7
  config.names = try NameClasses(
    pairs: [("putin", "person"), ("moscow", "place"), ("kyiv", "place"), ("geneva", "place")])
  config.negationMarks = negationMarks
  config.corpusNames = corpusNames
  return try Trainer.train(corpus, configuration: config).0
}

@Suite struct LexiconModelTests {
  @Test func roundTripKeepsTheLexiconTheNamesAndEveryPrediction() throws {
    let model = try lexiconModel()
    #expect(model.featureCount == model.vectorizer.featureCount + 12)
    // Names become class tokens, and no term holding one is a column: names carry no
    // label weight at all.
    #expect(model.vectorizer.tokenizer.tokens(of: "Talks in Moscow").contains("_place_"))
    #expect(!model.vectorizer.vocabulary.terms.contains { $0.contains("_") })
    #expect(!model.vectorizer.vocabulary.terms.contains("moscow"))
    let bytes = try ModelFile.encode(model)
    let back = try ModelFile.decode(bytes, path: "m")
    #expect(back.lexicon == model.lexicon)
    #expect(back.vectorizer.tokenizer == model.vectorizer.tokenizer)
    #expect(back.regression == model.regression)
    let probe = ["Putin praised the warm talks.", "They did not welcome it in Paris.", "words"]
    #expect(back.probabilities(for: probe) == model.probabilities(for: probe))
    #expect(try ModelFile.encode(back) == bytes)
  }

  @Test func theNgramTensorsStayAlignedWithTheVocabulary() throws {
    let model = try lexiconModel()
    let bytes = try ModelFile.encode(model)
    let container = try Safetensors(bytes: bytes, path: "m")
    #expect(container.tensors["weights"]!.shape == [model.vectorizer.featureCount, 3])
    #expect(container.tensors["lexicon_weights"]!.shape == [12, 3])
    #expect(container.metadata["tokenizer"] == "words-v1+names-v1")
    #expect(container.metadata["lexicon.weight"] == "0.7")
  }

  @Test func theExplanationNamesLexiconClassesAndTheirSpansAndAddsUp() throws {
    let model = try lexiconModel()
    let text = "Critics condemned and slammed it."
    let bytes = Array(text.utf8)
    let p = model.probabilities(for: [text])
    let label = model.argmax(p)[0]
    let e = bytes.withUnsafeBufferPointer {
      model.explain($0, start: 0, end: bytes.count, label: label, probabilities: p)
    }
    let term = try #require(e.terms.first { $0.term.hasPrefix("lexicon:disapproval") })
    #expect(term.term == "lexicon:disapproval[condemned,slammed]")
    #expect(term.spans == [8..<17, 22..<29])
    let sum = e.intercept + e.terms.reduce(0) { $0 + $1.contribution }
    #expect(abs(sum - e.logitDifference) < 1e-9)
    let k = 3
    #expect(abs(e.logitDifference - log(p[label] / p[e.versus])) < 1e-6 * Double(k))
  }

  @Test func damagedLexiconTensorsAreRefused() throws {
    let model = try lexiconModel()
    var container = try Safetensors(bytes: ModelFile.encode(model), path: "m")
    container.tensors["lexicon_classes"] = .int64([Int](repeating: 99, count: 6))
    container.metadata[ModelFile.checksumKey] = ModelFile.checksumText(
      container.checksum(excludingMetadata: ModelFile.checksumKey))
    #expect {
      try ModelFile.decode(container.encoded(), path: "m.safetensors")
    } throws: { error in
      "\(error)".contains("m.safetensors") && "\(error)".contains("lexicon_classes")
    }
    container.tensors.removeValue(forKey: "names_bytes")
    container.tensors["lexicon_classes"] = .int64([0, 1, 1, 2, 2, 3])
    container.metadata[ModelFile.checksumKey] = ModelFile.checksumText(
      container.checksum(excludingMetadata: ModelFile.checksumKey))
    #expect {
      try ModelFile.decode(container.encoded(), path: "m.safetensors")
    } throws: { error in
      "\(error)".contains("names_bytes")
    }
  }
}

/// Negation marks and the corpus's names travel in the model file.
@Suite struct NegationAndCorpusNamesModelTests {
  @Test func aModelWithBothRoundTripsAndSaysSoInItsTokenizerName() throws {
    let model = try lexiconModel(negationMarks: true, corpusNames: true)
    let tokenizer = model.vectorizer.tokenizer
    #expect(tokenizer.negation == model.lexicon?.lexicon)
    // "Critics" and "Leaders" open their sentences; "Lawmakers" too: none is a name. No
    // word of these texts is capitalised twice after a sentence's start.
    #expect(tokenizer.names?.names.count == 4)
    #expect(
      tokenizer.tokens(of: "They did not welcome it") == [
        "they", "did", "not", "not_welcome", "not_it",
      ])
    let bytes = try ModelFile.encode(model)
    let container = try Safetensors(bytes: bytes, path: "m")
    #expect(container.metadata["tokenizer"] == "words-v1+names-v1+not-v1")
    let back = try ModelFile.decode(bytes, path: "m")
    #expect(back.vectorizer.tokenizer == tokenizer)
    let probe = ["Putin praised the warm talks.", "They did not welcome it in Paris.", "words"]
    #expect(back.probabilities(for: probe) == model.probabilities(for: probe))
    #expect(try ModelFile.encode(back) == bytes)
  }

  @Test func namesTheTextsWriteOnlyWithACapitalJoinTheGazetteer() throws {
    let texts = [
      "Minister Okonjo praised the deal.", "The deal, said Okonjo, was warm.",
      "Critics slammed Okonjo.", "The meeting is on Friday.", "Talks begin at noon.",
      "Both sides condemned it.",
    ]
    let corpus = LabeledCorpus(
      path: "tiny.csv", labelNames: LabeledCorpus.defaultLabels, texts: TextColumn(texts),
      labels: [2, 2, 0, 1, 1, 0], lines: Array(2...7), columns: [:])
    var config = TrainingConfiguration()
    config.tfidf.minDF = .count(1)
    config.names = try NameClasses(pairs: [(name: "putin", class: "person")])
    config.corpusNames = true
    let model = try Trainer.train(corpus, configuration: config).0
    // "Minister" only opens a sentence, so it stays a word.
    #expect(model.vectorizer.tokenizer.names?.names == ["putin", "okonjo"])
    #expect(!model.vectorizer.vocabulary.terms.contains("okonjo"))
    config.corpusNames = false
    let plain = try Trainer.train(corpus, configuration: config).0
    #expect(plain.vectorizer.vocabulary.terms.contains("okonjo"))
  }

  @Test func aNegationTokenizerWithoutALexiconIsRefused() throws {
    let model = try lexiconModel(negationMarks: true)
    var container = try Safetensors(bytes: ModelFile.encode(model), path: "m")
    for key in [
      "lexicon_weights", "lexicon_idf", "lexicon_bytes", "lexicon_offsets", "lexicon_classes",
    ] {
      container.tensors.removeValue(forKey: key)
    }
    for key in [
      "lexicon.classes", "lexicon.weight", "lexicon.negation_scope", "lexicon.sublinear_tf",
    ] {
      container.metadata.removeValue(forKey: key)
    }
    container.metadata[ModelFile.checksumKey] = ModelFile.checksumText(
      container.checksum(excludingMetadata: ModelFile.checksumKey))
    #expect {
      try ModelFile.decode(container.encoded(), path: "m.safetensors")
    } throws: { error in
      "\(error)".contains("m.safetensors") && "\(error)".contains("negation")
    }
  }
}

/// `--nb-scale`: the scales by their formula, and the folded model equal to the one it
/// folds.
@Suite struct NBScaleTests {
  @Test func scalesFollowTheLogCountRatio() {
    // Column 0 only in class 0's rows; column 1 everywhere; two classes, two rows each.
    let x = SparseMatrix(
      rowCount: 4, columnCount: 2, rowStarts: [0, 2, 4, 5, 6], columns: [0, 1, 0, 1, 1, 1],
      values: [1, 1, 1, 1, 1, 1])
    let s = Trainer.nbScales(x, labels: [0, 0, 1, 1], classCount: 2)
    // p_0 = (3, 3) / 6, q_0 = (1, 3) / 4: |ln((3/6)/(1/4))| = ln 2; class 1 mirrors it.
    #expect(abs(s[0] - log(2.0)) < 1e-12)
    // p_0 = 3/6, q_0 = 3/4 for column 1: |ln(2/3)|.
    #expect(abs(s[1] - abs(log(2.0 / 3.0))) < 1e-12)
    #expect(s[0] > s[1])
  }

  @Test func theFoldedModelGivesTheScaledModelsProbabilities() {
    let x = SparseMatrix(
      rowCount: 2, columnCount: 3, rowStarts: [0, 2, 3], columns: [0, 2, 1],
      values: [0.5, 0.25, 1])
    let r = SoftmaxRegression(
      featureCount: 3, classCount: 2, weights: [1, -1, 0.5, 2, -3, 0.25], bias: [0.1, -0.1])
    let scales = [2.0, 0.5, 4.0]
    let a = r.probabilities(for: Trainer.scaled(x, by: scales))
    let b = Trainer.folded(r, scales: scales).probabilities(for: x)
    for (p, q) in zip(a, b) { #expect(abs(p - q) < 1e-6) }
  }
}
