import Classifier
import Foundation

/// A self-contained HTML report of an analysis.
public struct HTMLReport {
  public let analysis: Analysis

  public init(analysis: Analysis) { self.analysis = analysis }

  /// The report as one HTML document.
  public func render() -> String {
    "<!doctype html><meta charset=utf-8><title>Framing report</title><pre>"
      + analysis.table().replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      + "</pre>"
  }

  /// Writes the report atomically.
  public func write(to path: String) throws {
    try ModelFile.writeAtomically(Array(render().utf8), to: path)
  }
}
