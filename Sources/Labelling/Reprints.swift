import Features

/// Two articles that share several sentences word for word or nearly so: syndicated wire
/// copy, a reprint, an aggregator's copy, two versions of one wire story.
public struct Reprint: Sendable, Equatable {
  /// The two articles (indexes into ``Analysis/articles``, the earlier first).
  public var first: Int
  public var second: Int
  /// The shared units: the unit index in the first article, in the second, and the share
  /// of the shorter one's five-word runs that the other holds (1 = word for word).
  public var shared: [Shared]

  public struct Shared: Sendable, Equatable {
    public var first: Int
    public var second: Int
    public var similarity: Double
  }
}

/// Finds reprints among articles, by blocking on shared runs of five words (no pair of
/// articles is compared unless they share such a run), so that the cost grows with the
/// units and not with the pairs of articles.
///
/// Only sentences of at least ``minimumWords`` words count, and not those mostly inside
/// quotation marks: many outlets quote the same statement, which makes them no copy of
/// each other. Two units match when at least half of the shorter one's five-word runs are
/// in the other; two articles are reprints when they share at least ``minimumShared``
/// matching units and at least a quarter of the shorter article's counted units.
public enum ReprintFinder {
  public static let minimumWords = 8
  public static let minimumShared = 3
  public static let minimumShare = 0.25
  /// Runs found in more units than this are boilerplate (bylines, standing phrases) and are
  /// not used to find pairs.
  public static let commonRun = 50

  struct Unit {
    var article: Int
    var index: Int
    var runs: Set<UInt64>
  }

  public static func find(_ articles: [ArticleResult]) -> [Reprint] {
    var units: [Unit] = []
    var counted = [Int](repeating: 0, count: articles.count)
    for (a, article) in articles.enumerated() {
      article.input.file.bytes.withUnsafeBufferPointer { bytes in
        for r in article.records where r.unit.unit.kind == .sentence {
          let u = r.unit.unit
          let quoted = Quotation.ranges(in: bytes, start: u.start, end: u.end)
            .reduce(0) { $0 + $1.count }
          guard 2 * quoted < u.end - u.start else { continue }
          let words = self.words(bytes, u.start, u.end)
          guard words.count >= minimumWords else { continue }
          units.append(Unit(article: a, index: r.unit.index, runs: runs(of: words)))
          counted[a] += 1
        }
      }
    }
    var byRun: [UInt64: [Int]] = [:]
    for (i, u) in units.enumerated() {
      for run in u.runs { byRun[run, default: []].append(i) }
    }
    // For each unit, the units of later articles that share runs with it, and how many.
    var matches: [Int64: [Reprint.Shared]] = [:]
    for (i, u) in units.enumerated() {
      var common: [Int: Int] = [:]
      for run in u.runs {
        guard let holders = byRun[run], holders.count <= commonRun else { continue }
        for j in holders where units[j].article > u.article { common[j, default: 0] += 1 }
      }
      var best: [Int: (Int, Double)] = [:]  // per later article: its best unit
      for (j, n) in common {
        let similarity = Double(n) / Double(min(u.runs.count, units[j].runs.count))
        guard similarity >= 0.5 else { continue }
        let other = units[j].article
        if best[other].map({ similarity > $0.1 || (similarity == $0.1 && j < $0.0) }) ?? true {
          best[other] = (j, similarity)
        }
      }
      for (other, (j, similarity)) in best {
        let key = Int64(u.article) << 32 | Int64(other)
        matches[key, default: []].append(
          Reprint.Shared(first: u.index, second: units[j].index, similarity: similarity))
      }
    }
    var result: [Reprint] = []
    for (key, shared) in matches {
      let a = Int(key >> 32)
      let b = Int(key & 0xFFFF_FFFF)
      // A unit of the second article is shared once, with its best match.
      var seen = Set<Int>()
      let unique = shared.sorted { $0.first < $1.first }.filter { seen.insert($0.second).inserted }
      let smaller = min(counted[a], counted[b])
      guard unique.count >= minimumShared,
        Double(unique.count) >= minimumShare * Double(smaller)
      else { continue }
      result.append(Reprint(first: a, second: b, shared: unique))
    }
    return result.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
  }

  /// The words of `bytes[start..<end]`: runs of letters and digits (any non-ASCII byte
  /// counts as a letter), ASCII letters lower-cased.
  static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [[UInt8]] {
    var out: [[UInt8]] = []
    var word: [UInt8] = []
    for i in start..<end {
      let b = bytes[i]
      let isLetter =
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
        || (b >= 0x41 && b <= 0x5A)
      if isLetter {
        word.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
      } else if !word.isEmpty {
        out.append(word)
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { out.append(word) }
    return out
  }

  /// The hashes (FNV-1a) of every run of five words.
  static func runs(of words: [[UInt8]]) -> Set<UInt64> {
    guard words.count >= 5 else { return [] }
    var out = Set<UInt64>()
    for i in 0...(words.count - 5) {
      var h: UInt64 = 0xCBF2_9CE4_8422_2325
      for w in words[i..<(i + 5)] {
        for b in w {
          h ^= UInt64(b)
          h = h &* 0x0000_0100_0000_01B3
        }
        h ^= 0x20
        h = h &* 0x0000_0100_0000_01B3
      }
      out.insert(h)
    }
    return out
  }
}
