/// How rows of a TF-IDF matrix are normalized.
public enum Norm: String, Sendable, Codable, CaseIterable {
  /// Each row divided by the sum of absolute values.
  case l1
  /// Each row divided by its Euclidean length.
  case l2
  /// Rows left as they are.
  case none
}

/// A document-frequency limit: an absolute number of documents, or a fraction of them,
/// as scikit-learn's `min_df`/`max_df` (an integer is a count, a float a proportion).
public enum DocumentFrequency: Sendable, Equatable, CustomStringConvertible {
  case count(Int)
  case fraction(Double)

  /// Parses `"2"` as a count and `"0.9"` (anything with a `.` or an exponent) as a fraction.
  public init?(_ string: String) {
    if string.contains(".") || string.lowercased().contains("e") {
      guard let value = Double(string), value >= 0, value <= 1 else { return nil }
      self = .fraction(value)
    } else {
      guard let value = Int(string), value >= 0 else { return nil }
      self = .count(value)
    }
  }

  /// The limit in documents for a corpus of `documentCount` documents.
  public func documents(of documentCount: Int) -> Double {
    switch self {
    case .count(let n): return Double(n)
    case .fraction(let f): return f * Double(documentCount)
    }
  }

  public var description: String {
    switch self {
    case .count(let n): return String(n)
    case .fraction(let f): return String(f)
    }
  }
}

/// The options of ``TFIDFVectorizer``, named and defined as in scikit-learn's
/// `TfidfVectorizer` so that results can be checked against it.
public struct TFIDFOptions: Sendable, Equatable {
  /// Smallest n-gram length (≥ 1).
  public var minN: Int = 1
  /// Largest n-gram length (≥ `minN`).
  public var maxN: Int = 2
  /// Terms in fewer documents than this are dropped.
  public var minDF: DocumentFrequency = .count(1)
  /// Terms in more documents than this are dropped.
  public var maxDF: DocumentFrequency = .fraction(1.0)
  /// Keep only this many terms, the most frequent over the corpus (ties: term order).
  public var maxFeatures: Int? = nil
  /// Replace a count `tf` by `1 + ln(tf)`.
  public var sublinearTF: Bool = false
  /// Add one to document frequencies, as if a document held every term once.
  public var smoothIDF: Bool = true
  /// Weight terms by inverse document frequency at all.
  public var useIDF: Bool = true
  /// Row normalization.
  public var norm: Norm = .l2

  public init() {}

  /// Checks that the options are in range.
  ///
  /// - Throws: ``FeaturesError/invalidOption(name:value:expected:)``.
  public func validate() throws {
    guard minN >= 1, maxN >= minN, maxN <= 8 else {
      throw FeaturesError.invalidOption(
        name: "n-gram range", value: "\(minN)-\(maxN)", expected: "1 <= min <= max <= 8")
    }
    if let maxFeatures, maxFeatures < 1 {
      throw FeaturesError.invalidOption(
        name: "max features", value: String(maxFeatures), expected: "a positive number")
    }
  }

  /// The options as string pairs, for a model file's metadata.
  public var metadata: [String: String] {
    [
      "ngram_min": String(minN), "ngram_max": String(maxN),
      "min_df": minDF.description, "max_df": maxDF.description,
      "max_features": maxFeatures.map(String.init) ?? "none",
      "sublinear_tf": String(sublinearTF), "smooth_idf": String(smoothIDF),
      "use_idf": String(useIDF), "norm": norm.rawValue,
    ]
  }

  /// Options read back from ``metadata``; `nil` when a value is missing or malformed.
  public init?(metadata: [String: String]) {
    guard let minN = metadata["ngram_min"].flatMap({ Int($0) }),
      let maxN = metadata["ngram_max"].flatMap({ Int($0) }),
      let minDF = metadata["min_df"].flatMap({ DocumentFrequency($0) }),
      let maxDF = metadata["max_df"].flatMap({ DocumentFrequency($0) }),
      let maxFeaturesText = metadata["max_features"],
      let sublinear = metadata["sublinear_tf"].flatMap({ Bool($0) }),
      let smooth = metadata["smooth_idf"].flatMap({ Bool($0) }),
      let useIDF = metadata["use_idf"].flatMap({ Bool($0) }),
      let norm = metadata["norm"].flatMap({ Norm(rawValue: $0) })
    else { return nil }
    self.minN = minN
    self.maxN = maxN
    self.minDF = minDF
    self.maxDF = maxDF
    if maxFeaturesText == "none" {
      self.maxFeatures = nil
    } else {
      guard let value = Int(maxFeaturesText) else { return nil }
      self.maxFeatures = value
    }
    self.sublinearTF = sublinear
    self.smoothIDF = smooth
    self.useIDF = useIDF
    self.norm = norm
    guard (try? validate()) != nil else { return nil }
  }
}
