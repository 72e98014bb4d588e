import ArgumentParser
import Classifier
import Features
import Labelling
import Rendering
import Runs

// Typed option values of the command-line tools: ArgumentParser checks them and names the
// choices in its message, so the commands hold no string checks of their own.

extension RecordFormat: ExpressibleByArgument {}
extension ClassifyRun.InputKind: ExpressibleByArgument {}
extension ClassWeight: ExpressibleByArgument {}
extension Period: ExpressibleByArgument {}

extension DocumentFrequency: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
  public var defaultValueDescription: String { description }
}

/// An n-gram range `MIN-MAX` with 1 ≤ MIN ≤ MAX ≤ 8.
public struct NGramRange: ExpressibleByArgument, Equatable, Sendable, CustomStringConvertible {
  public var minN: Int
  public var maxN: Int

  public init?(minN: Int, maxN: Int) {
    guard minN >= 1, maxN >= minN, maxN <= 8 else { return nil }
    self.minN = minN
    self.maxN = maxN
  }

  public init?(argument: String) {
    let parts = argument.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    guard parts.count == 2, let lo = parts[0], let hi = parts[1] else { return nil }
    self.init(minN: lo, maxN: hi)
  }

  public var description: String { "\(minN)-\(maxN)" }
  public var defaultValueDescription: String { description }
}

/// A comma-separated list of option values, e.g. `1,3,10` or `1-1,1-2`.
public struct CommaList<Element: ExpressibleByArgument>: ExpressibleByArgument {
  public var values: [Element]

  public init(_ values: [Element]) { self.values = values }

  public init?(argument: String) {
    let values = argument.split(separator: ",").map { Element(argument: String($0)) }
    guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
    self.values = values.map { $0! }
  }

  public var defaultValueDescription: String {
    values.map { $0.defaultValueDescription }.joined(separator: ",")
  }
}
