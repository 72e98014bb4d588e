import Classifier
import Foundation

/// A readable description of a model file, for `classify --model-info`.
public enum ModelInfo {
  public static func describe(_ model: FramingModel, id: String, path: String) -> String {
    var out = "model: \(path) (id \(id))\n"
    out += "labels: \(model.labels.joined(separator: ", "))\n"
    out +=
      "vocabulary: \(model.vectorizer.featureCount) terms from \(model.vectorizer.documentCount) documents\n"
    out += "options:\n"
    for (key, value) in model.vectorizer.options.metadata.sorted(by: { $0.key < $1.key }) {
      out += "  \(key): \(value)\n"
    }
    out += "training:\n"
    for (key, value) in model.training.sorted(by: { $0.key < $1.key }) {
      out += "  \(key): \(value)\n"
    }
    out += "top n-grams per label (weight above the mean over labels):\n"
    for (label, terms) in zip(model.labels, model.topTerms(count: 15)) {
      out +=
        "  \(label): "
        + terms.map { "\($0.term) (\(String(format: "%.2f", $0.weight)))" }.joined(separator: ", ")
        + "\n"
    }
    return out
  }
}
