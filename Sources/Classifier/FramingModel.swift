import Features
import Foundation

/// A trained framing classifier: the fitted TF-IDF vectorizer, the softmax regression on
/// its features, the label names, and facts about how it was trained.
public struct FramingModel: Sendable {
  /// Label names in class-index order.
  public var labels: [String]
  /// The fitted feature extractor.
  public var vectorizer: TFIDFVectorizer
  /// The fitted classifier.
  public var regression: SoftmaxRegression
  /// Training facts (rows, options, metrics), as stored in the model file's metadata
  /// under `training.`.
  public var training: [String: String]

  public init(
    labels: [String], vectorizer: TFIDFVectorizer, regression: SoftmaxRegression,
    training: [String: String] = [:]
  ) {
    precondition(labels.count == regression.classCount)
    precondition(vectorizer.featureCount == regression.featureCount)
    self.labels = labels
    self.vectorizer = vectorizer
    self.regression = regression
    self.training = training
  }

  /// Class probabilities of each text, row-major (`texts × labels`).
  public func probabilities(for texts: [String]) -> [Double] {
    regression.probabilities(for: vectorizer.transform(texts))
  }

  /// The most probable label index of each row of row-major `probabilities`; ties go to
  /// the lower index.
  public func argmax(_ probabilities: [Double]) -> [Int] {
    let k = labels.count
    return (0..<(probabilities.count / k)).map { r in
      var best = 0
      for c in 1..<k where probabilities[r * k + c] > probabilities[r * k + best] { best = c }
      return best
    }
  }
}

/// One unit of an article with its label and probabilities.
public struct ClassifiedUnit: Sendable {
  /// Position of the unit in its file (0-based).
  public var index: Int
  /// The byte range and kind.
  public var unit: TextUnit
  /// 1-based line of the unit's start.
  public var line: Int
  /// Index of the most probable label.
  public var label: Int
  /// Probability of every label, in label order.
  public var probabilities: [Double]
}

/// How an article is cut into units.
public enum Segmentation: Sendable {
  /// Sentences, headings and furniture by ``SentenceSplitter``.
  case sentences
  /// One unit per non-blank line.
  case lines
}

extension FramingModel {
  /// Splits `file` into units and labels each.
  ///
  /// - Complexity: O(bytes), dominated by tokenizing and n-gram lookups.
  public func classify(_ file: TextFile, segmentation: Segmentation = .sentences)
    -> [ClassifiedUnit]
  {
    let splitter = SentenceSplitter()
    let start = file.contentStart
    let (units, lines): ([TextUnit], [Int]) = file.bytes.withUnsafeBufferPointer { all in
      let body = UnsafeBufferPointer(rebasing: all[start...])
      switch segmentation {
      case .sentences:
        let units = splitter.split(body, base: start)
        return (units, FramingModel.lineNumbers(of: units, in: all))
      case .lines:
        let pairs = splitter.lines(body, base: start)
        return (pairs.map(\.unit), pairs.map(\.line))
      }
    }
    let tokenizer = vectorizer.tokenizer
    let matrix = file.bytes.withUnsafeBufferPointer { all in
      let shared = UnsafeSendableBuffer(all)
      return vectorizer.transform(count: units.count) { i, buffer in
        let u = units[i]
        tokenizer.tokenize(
          UnsafeBufferPointer(rebasing: shared.buffer[u.start..<u.end]), base: u.start,
          into: &buffer)
      }
    }
    let probabilities = regression.probabilities(for: matrix)
    let best = argmax(probabilities)
    let k = labels.count
    return units.indices.map { i in
      ClassifiedUnit(
        index: i, unit: units[i], line: lines[i], label: best[i],
        probabilities: Array(probabilities[(i * k)..<(i * k + k)]))
    }
  }

  /// 1-based line numbers of the starts of `units` (which are in order).
  static func lineNumbers(of units: [TextUnit], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(units.count)
    var line = 1
    var position = 0
    for u in units {
      while position < u.start {
        let b = bytes[position]
        if b == 0x0A || (b == 0x0D && (position + 1 >= bytes.count || bytes[position + 1] != 0x0A))
        {
          line += 1
        }
        position += 1
      }
      result.append(line)
    }
    return result
  }
}
