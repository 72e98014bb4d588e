import Classifier
import Foundation
import Labelling

/// A readable description of a model file, for `classify --model-info`.
public enum ModelInfo {
  public static func describe(_ model: FramingModel, id: String, path: String) -> String {
    var out = "model: \(path) (id \(id))\n"
    out += "labels: \(model.labels.joined(separator: ", "))\n"
    out +=
      "vocabulary: \(model.vectorizer.featureCount) terms from \(model.vectorizer.documentCount) documents\n"
    let tokenizer = model.vectorizer.tokenizer
    out +=
      "tokenizer: \(tokenizer.modelName)"
      + (tokenizer.names.map { " (\($0.names.count) names as class tokens)" } ?? "")
      + (tokenizer.negation == nil ? "" : "; words after a negator read as not_WORD") + "\n"
    out += "options:\n"
    for (key, value) in model.vectorizer.options.metadata.sorted(by: { $0.key < $1.key }) {
      out += "  \(key): \(value)\n"
    }
    out += "training:\n"
    for (key, value) in model.training.sorted(by: { $0.key < $1.key }) {
      out += "  \(key): \(value)\n"
    }
    if let block = model.lexicon {
      let lexicon = block.lexicon
      out +=
        "lexicon: \(lexicon.entries.count) entries in \(lexicon.classes.count) classes, weight \(block.weight),"
        + " negation scope \(lexicon.negationScope) tokens\n"
      out += "lexicon columns (weight above the mean over labels, per label: "
      out += model.labels.joined(separator: " / ") + "):\n"
      let k = model.labels.count
      let n = model.vectorizer.featureCount
      for c in 0..<block.columnCount {
        let w = (0..<k).map { model.regression.weights[(n + c) * k + $0] }
        guard w.contains(where: { $0 != 0 }) else { continue }
        let mean = w.reduce(0, +) / Double(k)
        let entries = lexicon.entryClasses.filter { $0 == c % lexicon.classes.count }.count
        out +=
          "  " + block.columnName(c).padding(toLength: 34, withPad: " ", startingAt: 0)
          + w.map { String(format: "%+7.2f", $0 - mean) }.joined(separator: " ")
          + (c < lexicon.classes.count ? "   (\(entries) entries)" : "") + "\n"
      }
    }
    out += "top features per label (weight above the mean over labels):\n"
    for (label, terms) in zip(model.labels, model.topTerms(count: 15)) {
      out +=
        "  \(label): "
        + terms.map { "\($0.term) (\(String(format: "%.2f", $0.weight)))" }.joined(separator: ", ")
        + "\n"
    }
    return out
  }
}
