import Classifier
import Foundation

extension Metrics {
  /// A plain-text report: per-class precision, recall, F1 and support, then the
  /// confusion matrix with gold classes as rows.
  public func report() -> String {
    let width = max(18, (labels.map(\.count).max() ?? 0) + 2)
    func pad(_ s: String, _ w: Int) -> String {
      s.count >= w ? s : s + String(repeating: " ", count: w - s.count)
    }
    func lpad(_ s: String, _ w: Int) -> String {
      s.count >= w ? s : String(repeating: " ", count: w - s.count) + s
    }
    var out =
      pad("class", width) + lpad("precision", 10) + lpad("recall", 10) + lpad("f1", 10)
      + lpad("support", 10) + "\n"
    for (k, name) in labels.enumerated() {
      out +=
        pad(name, width) + lpad(format(precision(k)), 10) + lpad(format(recall(k)), 10)
        + lpad(format(f1(k)), 10) + lpad(String(support(k)), 10) + "\n"
    }
    out +=
      pad("macro avg", width) + lpad("", 20) + lpad(format(macroF1), 10) + lpad(String(count), 10)
      + "\n"
    out += pad("accuracy", width) + lpad("", 20) + lpad(format(accuracy), 10) + "\n"
    if let logLoss {
      out += pad("log loss", width) + lpad("", 20) + lpad(format(logLoss), 10) + "\n"
    }
    if let calibrationError {
      out +=
        pad("calibration (ECE)", width) + lpad("", 20) + lpad(format(calibrationError), 10) + "\n"
    }
    out += "\nconfusion matrix (rows: gold, columns: predicted)\n"
    let cell = max(8, (labels.map(\.count).max() ?? 0) + 1)
    out += pad("", width) + labels.map { lpad($0, cell) }.joined() + "\n"
    for (k, name) in labels.enumerated() {
      out += pad(name, width) + confusion[k].map { lpad(String($0), cell) }.joined() + "\n"
    }
    return out
  }

  private func format(_ x: Double) -> String { String(format: "%.3f", x) }
}
