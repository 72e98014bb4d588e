import Classifier
import Foundation

/// What a model was trained on and how well it did, from its training metadata, in the
/// words every output shows (table, JSON `model`, report header).
public struct Provenance: Sendable {
  /// Labelled rows it was trained on.
  public var rows: Int?
  /// The corpus's description (`train --description`), if one was given.
  public var description: String?
  /// Cross-validated macro-F1, and how the folds were made.
  public var crossValidatedMacroF1: Double?
  public var crossValidation: String?
  /// Macro-F1 on the held-out file given to `train --test`, and that file's name.
  public var testMacroF1: Double?
  public var testFile: String?
  /// Macro-F1 on the user's own labels (`classify --gold`), when given.
  public var goldMacroF1: Double?
  public var goldFile: String?

  public init(model: FramingModel) {
    let t = model.training
    rows = t["rows"].flatMap(Int.init)
    description = t["description"]
    crossValidatedMacroF1 = t["cv_macro_f1"].flatMap(Double.init)
    if let folds = t["cv_folds"] {
      crossValidation =
        "\(folds)-fold" + ((t["cv_group"]).map { $0 == "none" ? "" : ", grouped by \($0)" } ?? "")
    }
    testMacroF1 = t["test_macro_f1"].flatMap(Double.init)
    testFile = t["test_file"]
  }

  /// The lines that say it, for the table and the report (without line ends).
  public var lines: [String] {
    var out: [String] = []
    var trained = "Model trained on " + (rows.map { "\($0) labelled units" } ?? "labelled units")
    if let description { trained += " (\(description))" }
    out.append(trained + ".")
    var scores: [String] = []
    if let f1 = crossValidatedMacroF1 {
      scores.append(
        String(format: "cross-validated macro-F1 %.2f", f1)
          + (crossValidation.map { " (\($0))" } ?? ""))
    }
    if let f1 = testMacroF1 {
      scores.append(String(format: "%.2f on held-out %@", f1, testFile ?? "test data"))
    }
    if let f1 = goldMacroF1 {
      scores.append(String(format: "%.2f on your labels (%@)", f1, goldFile ?? "--gold"))
    }
    if !scores.isEmpty { out.append("Expected accuracy: " + scores.joined(separator: "; ") + ".") }
    if goldMacroF1 == nil {
      out.append(
        "Real news usually scores lower than the invented text these figures come from: label"
          + " a sample of your own units and pass it with --gold FILE to measure the error on"
          + " your material.")
    }
    return out
  }
}
