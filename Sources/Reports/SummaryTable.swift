import Classifier
import Foundation

/// The readable default output of `classify`: per file the number of units and the share
/// of each label, then a total over all files.
public struct SummaryTable: Sendable {
  public let labels: [String]
  private var rows: [(name: String, counts: [Int])] = []

  public init(labels: [String]) { self.labels = labels }

  /// Adds a file's units.
  public mutating func add(file: String, units: [ClassifiedUnit]) {
    var counts = [Int](repeating: 0, count: labels.count)
    for u in units { counts[u.label] += 1 }
    rows.append((file, counts))
  }

  /// The table as text.
  public func render() -> String {
    var all = [Int](repeating: 0, count: labels.count)
    for r in rows { for k in labels.indices { all[k] += r.counts[k] } }
    let entries = rows + (rows.count > 1 ? [("total", all)] : [])
    let nameWidth = max(4, entries.map { $0.0.count }.max() ?? 4)
    let labelWidth = max(9, (labels.map(\.count).max() ?? 0) + 1)
    func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
    func lpad(_ s: String, _ w: Int) -> String { s.count >= w ? s : String(repeating: " ", count: w - s.count) + s }
    var out = pad("file", nameWidth) + lpad("units", 8) + labels.map { lpad($0, labelWidth + 1) }.joined() + "\n"
    for (i, (name, counts)) in entries.enumerated() {
      if i == rows.count && rows.count > 1 {
        out += String(repeating: "-", count: nameWidth + 8 + labels.count * (labelWidth + 1)) + "\n"
      }
      let n = counts.reduce(0, +)
      out += pad(name, nameWidth) + lpad(String(n), 8)
      for c in counts {
        let share = n == 0 ? "-" : String(format: "%.1f%%", 100 * Double(c) / Double(n))
        out += lpad(share, labelWidth + 1)
      }
      out += "\n"
    }
    return out
  }
}
