import Classifier

/// How one article or one outlet frames its subject: label shares with 95% intervals and
/// mean label probabilities.
public struct FramingProfile: Sendable {
  /// The article's file or id, or the outlet's name.
  public var name: String
  /// Number of articles behind the profile.
  public var articles: Int
  /// Units counted (furniture left out unless asked for).
  public var units: Int
  /// Units of each label.
  public var counts: [Int]
  /// Share of each label with its interval.
  public var shares: [Estimate]
  /// Mean probability of each label with its interval: a prevalence estimate less biased
  /// than counting the most probable labels.
  public var meanProbabilities: [Estimate]
  /// How the intervals were made: `wilson` (one article), `bootstrap over articles` or
  /// `linearized over articles`, then `+ classifier error` when they were widened by it.
  public var interval: String
  /// Counts of units whose framing sits in quotations (the sources' voice) and of the
  /// others (the outlet's own voice).
  public var quotedCounts: [Int]
  public var ownVoiceCounts: [Int]
  /// Share of word tokens the model has never seen.
  public var unknownShare: Double
  /// Plain warnings (too few units, unusual vocabulary).
  public var warnings: [String]
  /// Shares adjusted for the classifier's confusion rates (`--adjust`), when asked for.
  public var adjustedShares: [Estimate]? = nil
}

/// The classifier's error in article shares, and where it was measured.
public struct ClassifierErrorEstimate: Sendable, Equatable {
  public var shareError: ShareError
  /// Where it was measured, in words: "grouped cross-validation on the training pages" or
  /// "your labelled sample (FILE)".
  public var source: String
  /// Macro-F1 on the same labels, when known.
  public var macroF1: Double?

  public init(shareError: ShareError, source: String, macroF1: Double? = nil) {
    self.shareError = shareError
    self.source = source
    self.macroF1 = macroF1
  }
}

/// Computes profiles from classified articles.
public struct ProfileBuilder: Sendable {
  public let labels: [String]
  public let options: AnalysisOptions
  /// The training data's own share of unknown tokens, for the drift warning.
  public let trainingUnknownShare: Double?
  /// The classifier's error in an article's shares, which widens every interval.
  public let classifierError: ClassifierErrorEstimate?
  /// The adjustment of shares for confusion rates (`--adjust`), if asked for.
  public let adjustment: ShareAdjustment?

  public init(
    labels: [String], options: AnalysisOptions, trainingUnknownShare: Double?,
    classifierError: ClassifierErrorEstimate? = nil, adjustment: ShareAdjustment? = nil
  ) {
    self.labels = labels
    self.options = options
    self.trainingUnknownShare = trainingUnknownShare
    self.classifierError = classifierError
    self.adjustment = adjustment
  }

  /// `e` with its interval widened by the classifier's error in label `c`: the sampling
  /// half-width and `1.96 · RMSE_c` (the per-article share error measured on labelled
  /// articles) added in quadrature, on each side, clipped to [0, 1]:
  /// ```
  /// low′  = value − √((value − low)² + (1.96·RMSE_c)²)
  /// high′ = value + √((high − value)² + (1.96·RMSE_c)²)
  /// ```
  /// The two errors are treated as independent. For an outlet the classifier's error is
  /// not divided by its number of articles: it is mostly systematic (the same kinds of
  /// sentence are misread in every article), so it does not average out.
  func widened(_ e: Estimate, label c: Int) -> Estimate {
    guard let error = classifierError, e.value.isFinite, e.low.isFinite, e.high.isFinite else {
      return e
    }
    let d = 1.959963984540054 * error.shareError.rmse[c]
    let below = (e.value - e.low) * (e.value - e.low) + d * d
    let above = (e.high - e.value) * (e.high - e.value) + d * d
    return Estimate(
      value: e.value, low: max(0, e.value - below.squareRoot()),
      high: min(1, e.value + above.squareRoot()))
  }

  /// The units of `article` that profiles count.
  public func counted(_ article: ArticleResult) -> [SentenceRecord] {
    options.includeFurniture ? article.records : article.records.filter { !$0.isFurniture }
  }

  /// Most articles of one outlet whose intervals are bootstrapped (2,000 resamples of
  /// whole articles); past it, the linearized interval of the ratio (``Statistics/ratioInterval(_:_:)``).
  public static let bootstrapLimit = 1000

  /// Share of unknown words above which an article or outlet draws a warning (when it is
  /// also over 3× the training data's own share): the 95th percentile over the 105
  /// held-out pages by other writers (8.4% with the committed model, names not counted;
  /// their median is 4.0%, the training data's own share 1.5%).
  public static let unknownShareWarning = 0.085

  /// Share of units whose label is below 50% probability above which a warning is drawn:
  /// above the 95th percentile over the held-out pages (19%; median 7%).
  public static let lowConfidenceWarning = 0.25

  /// Fewer counted units than this draws a warning.
  public static let smallSample = 20

  /// The profile of a group of articles (one article, or all articles of an outlet);
  /// `bootstraps: false` takes the linearized interval even under ``bootstrapLimit``
  /// articles (for views with many profiles, such as actors per outlet).
  public func profile(
    name: String, articles: [ArticleResult], isOutlet: Bool = false, bootstraps: Bool = true
  ) -> FramingProfile {
    let k = labels.count
    let units = articles.map(counted)
    let all = units.flatMap { $0 }
    var counts = [Int](repeating: 0, count: k)
    var quoted = [Int](repeating: 0, count: k)
    var own = [Int](repeating: 0, count: k)
    var probabilitySums = [Double](repeating: 0, count: k)
    for r in all {
      counts[r.unit.label] += 1
      if r.quoted { quoted[r.unit.label] += 1 } else { own[r.unit.label] += 1 }
      for c in 0..<k { probabilitySums[c] += r.unit.probabilities[c] }
    }
    let n = all.count
    var shares: [Estimate] = []
    var means: [Estimate] = []
    let interval: String
    if articles.count >= 2 {
      // Per-article totals, resampled as whole articles (sentences of one article are not
      // independent of each other); past ProfileBuilder.bootstrapLimit articles, the
      // closed form the bootstrap approximates (its cost grows with the articles).
      let perArticleCounts = units.map { rs in
        (0..<k).map { c in rs.filter { $0.unit.label == c }.count }
      }
      let perArticleSums = units.map { rs in
        (0..<k).map { c in rs.reduce(0.0) { $0 + $1.unit.probabilities[c] } }
      }
      let sizes = units.map(\.count)
      let bootstraps = bootstraps && articles.count <= ProfileBuilder.bootstrapLimit
      interval = bootstraps ? "bootstrap over articles" : "linearized over articles"
      for c in 0..<k {
        let share: (low: Double, high: Double)
        let mean: (low: Double, high: Double)
        if bootstraps {
          share = Statistics.bootstrap(count: articles.count, seed: options.seed &+ UInt64(c)) {
            sample in
            let total = sample.reduce(0) { $0 + sizes[$1] }
            return total == 0
              ? .nan : Double(sample.reduce(0) { $0 + perArticleCounts[$1][c] }) / Double(total)
          }
          mean = Statistics.bootstrap(
            count: articles.count, seed: options.seed &+ 100 &+ UInt64(c)
          ) { sample in
            let total = sample.reduce(0) { $0 + sizes[$1] }
            return total == 0
              ? .nan : sample.reduce(0.0) { $0 + perArticleSums[$1][c] } / Double(total)
          }
        } else {
          let x = sizes.map(Double.init)
          share = Statistics.ratioInterval(perArticleCounts.map { Double($0[c]) }, x)
          mean = Statistics.ratioInterval(perArticleSums.map { $0[c] }, x)
        }
        shares.append(
          Estimate(
            value: n == 0 ? .nan : Double(counts[c]) / Double(n), low: share.low, high: share.high))
        means.append(
          Estimate(
            value: n == 0 ? .nan : probabilitySums[c] / Double(n), low: mean.low, high: mean.high))
      }
    } else {
      interval = "wilson"
      for c in 0..<k {
        shares.append(Statistics.wilson(successes: counts[c], of: n))
        let mean = Statistics.meanInterval(all.map { $0.unit.probabilities[c] })
        means.append(
          Estimate(
            value: n == 0 ? .nan : probabilitySums[c] / Double(n), low: mean.low, high: mean.high))
      }
    }
    // Adjusted from the raw shares and their sampling intervals, before the widening
    // (the adjustment's own interval already carries the rates' uncertainty).
    let adjustedShares = adjustment?.adjusted(shares)
    if classifierError != nil {
      shares = shares.enumerated().map { widened($1, label: $0) }
      means = means.enumerated().map { widened($1, label: $0) }
    }
    let unknown = articles.reduce(0) { $0 + $1.unknownTokens }
    let tokens = articles.reduce(0) { $0 + $1.tokens }
    let unknownShare = tokens == 0 ? 0 : Double(unknown) / Double(tokens)
    var warnings: [String] = []
    if n == 0 {
      warnings.append("no units to count")
    } else if n < ProfileBuilder.smallSample {
      warnings.append("only \(n) units: shares are too uncertain to compare")
    }
    if let base = trainingUnknownShare, tokens > 0,
      unknownShare > max(ProfileBuilder.unknownShareWarning, 3 * base)
    {
      warnings.append(
        "\(Int((100 * unknownShare).rounded()))% of its words are unknown to the model (training data: "
          + "\(Int((100 * base).rounded()))%): its vocabulary is far from the training data, so labels are less reliable"
      )
    }
    let unsure = all.filter { $0.unit.probabilities[$0.unit.label] < 0.5 }.count
    if n >= ProfileBuilder.smallSample,
      Double(unsure) / Double(n) > ProfileBuilder.lowConfidenceWarning
    {
      warnings.append(
        "\(Int((100 * Double(unsure) / Double(n)).rounded()))% of its units have no label above"
          + " 50% probability: the model is unsure of much of it")
    }
    if isOutlet && articles.count == 1 {
      warnings.append("outlet figures describe one article")
    }
    var profile = FramingProfile(
      name: name, articles: articles.count, units: n, counts: counts, shares: shares,
      meanProbabilities: means,
      interval: classifierError == nil ? interval : interval + " + classifier error",
      quotedCounts: quoted, ownVoiceCounts: own, unknownShare: unknownShare,
      warnings: warnings)
    profile.adjustedShares = adjustedShares
    return profile
  }
}

/// Whether outlets' label distributions differ, by Pearson's chi-square test on unit
/// counts.
public struct OutletComparison: Sendable {
  public var statistic: Double
  public var degreesOfFreedom: Int
  public var pValue: Double
  public var cramersV: Double
  public var warnings: [String]

  /// The comparison of `profiles`, or `nil` with fewer than two outlets with units.
  public init?(_ profiles: [FramingProfile]) { self.init(counts: profiles.map(\.counts)) }

  /// The comparison of outlets with these unit counts (rows: outlets, columns: labels).
  public init?(counts: [[Int]]) {
    guard let test = Statistics.chiSquare(counts) else { return nil }
    statistic = test.statistic
    degreesOfFreedom = test.df
    pValue = test.p
    cramersV = test.cramersV
    warnings = [
      "the test treats sentences as independent; sentences of one article are not, so the p-value is optimistic"
    ]
    if test.smallCells > 0.2 {
      warnings.insert(
        "\(Int((100 * test.smallCells).rounded()))% of the cells expect fewer than 5 units: too small for the test to say anything",
        at: 0)
    }
  }
}

/// Sentences that carry an outlet's framing.
public struct Evidence: Sendable {
  public var outlet: String
  public var label: Int
  /// The units of that label with the highest probability, most confident first.
  public var mostConfident: [(article: Int, record: SentenceRecord)]
  /// The units of that label with the smallest margin over the runner-up.
  public var borderline: [(article: Int, record: SentenceRecord)]
}
