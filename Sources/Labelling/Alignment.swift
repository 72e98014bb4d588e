import Features

/// Units of different articles that report the same fact or the same quotation, with how
/// differently each outlet's unit was labelled: one fact, several framings.
public struct AlignedGroup: Sendable {
  /// One unit of the group: its article (index into ``Analysis/articles``) and its
  /// position among that article's records.
  public struct Member: Sendable, Equatable {
    public var article: Int
    public var record: Int
  }

  /// What ties the group: a shared quotation, or similar wording of a fact.
  public enum Kind: String, Sendable { case quotation, fact }

  public var kind: Kind
  /// The units, in article order.
  public var members: [Member]
  /// Number of outlets among the members.
  public var outlets: Int
  /// Number of different labels among the members.
  public var labels: Int
  /// The largest total variation distance between the label probabilities of two members
  /// from different outlets (0: framed alike, 1: as differently as can be).
  public var divergence: Double
}

/// Finds ``AlignedGroup``s among the counted units of a run.
///
/// Each sentence of at least ``minimumWords`` words (headings and furniture are left out:
/// section titles and share bars repeat word for word without reporting anything) becomes
/// a TF-IDF vector of its lower-case words less ``stopWords``, with the document
/// frequencies of this run (so words every article of the run uses weigh little):
/// ```
/// w(t) = (1 + ln tf) · (ln((1 + n) / (1 + df)) + 1),   vectors l2-normalised
/// ```
/// Two units of different outlets are aligned when the cosine of their vectors is at least
/// ``threshold``, or when both quote the same run of ``quoteRun`` words. Groups are made by
/// complete linkage (every two units of a group are aligned, so a group holds at most one
/// unit per outlet); most divergent first. Units shared by a reprint pair are one copy and are not aligned with each other.
///
/// **Blocking:** no pair is compared unless the two units share at least
/// ``minimumSharedKeys`` rare words (held by at most ``commonKey`` units of the run), so
/// the cost grows with the units and not with their pairs. The price: a sentence printed
/// nearly word for word by more than ``commonKey`` units of the run has no rare words left
/// and is aligned with nothing (at that spread it is wire copy, which the reprint finder
/// names); a quotation held by more than 4 × ``commonKey`` units likewise.
public enum AlignmentFinder {
  /// The cosine from which two units report the same fact, chosen on the project's gold
  /// of 551 labelled pairs (`data/alignment/gold.csv`; figures in the README).
  public static let threshold = 0.3
  public static let minimumWords = 6
  public static let quoteRun = 6
  public static let commonKey = 200
  public static let minimumSharedKeys = 2

  /// One unit taking part.
  struct Unit {
    var article: Int
    var record: Int
    /// Sorted term hashes and their weights (l2-normalised).
    var terms: [UInt64]
    var weights: [Float]
    /// Hashes of its quoted word runs.
    var quotes: [UInt64]
  }

  public static func find(
    _ articles: [ArticleResult], counted: (ArticleResult) -> [Int], excluding reprints: [Reprint]
  ) -> [AlignedGroup] {
    var units = vectors(articles, counted: counted)
    let copies = Set(reprints.map { Int64($0.first) << 32 | Int64($0.second) })
    func linked(_ a: Unit, _ b: Unit) -> Bool {
      articles[a.article].input.outlet != articles[b.article].input.outlet
        && !copies.contains(
          Int64(min(a.article, b.article)) << 32 | Int64(max(a.article, b.article)))
    }
    func key(_ i: Int, _ j: Int) -> Int64 { Int64(min(i, j)) << 32 | Int64(max(i, j)) }
    // Every aligned pair and its similarity (a shared quotation counts as 1).
    var similarity: [Int64: Double] = [:]
    var quotedPairs = Set<Int64>()
    forEachCandidate(units) { i, j in
      guard linked(units[i], units[j]) else { return }
      let c = cosine(units[i], units[j])
      if c >= threshold { similarity[key(i, j)] = c }
    }
    var byQuote: [UInt64: [Int]] = [:]
    for (i, u) in units.enumerated() { for q in u.quotes { byQuote[q, default: []].append(i) } }
    for holders in byQuote.values where holders.count > 1 && holders.count <= 4 * commonKey {
      for x in 0..<holders.count {
        for y in (x + 1)..<holders.count where linked(units[holders[x]], units[holders[y]]) {
          similarity[key(holders[x], holders[y])] = 1
          quotedPairs.insert(key(holders[x], holders[y]))
        }
      }
    }
    // Complete linkage, most similar pairs first: two groups join only when every unit of
    // one is aligned with every unit of the other (so no outlet gives a group two units),
    // so that a chain of loosely related sentences never becomes one "fact".
    var cluster = Array(0..<units.count)
    var clusterMembers: [Int: [Int]] = [:]
    let ordered = similarity.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    for (k, _) in ordered {
      let i = Int(k >> 32)
      let j = Int(k & 0xFFFF_FFFF)
      let (ci, cj) = (cluster[i], cluster[j])
      guard ci != cj else { continue }
      let a = clusterMembers[ci] ?? [i]
      let b = clusterMembers[cj] ?? [j]
      let articlesA = Set(a.map { units[$0].article })
      guard b.allSatisfy({ !articlesA.contains(units[$0].article) }),
        a.allSatisfy({ x in b.allSatisfy { y in similarity[key(x, y)] != nil } })
      else { continue }
      let (keep, drop) = a.count >= b.count ? (ci, cj) : (cj, ci)
      let merged = a + b
      for m in merged { cluster[m] = keep }
      clusterMembers[keep] = merged
      clusterMembers[drop] = nil
    }
    var quotedRoots = Set<Int>()
    for k in quotedPairs where cluster[Int(k >> 32)] == cluster[Int(k & 0xFFFF_FFFF)] {
      quotedRoots.insert(cluster[Int(k >> 32)])
    }
    let members = clusterMembers
    var groups: [AlignedGroup] = []
    for (r, list) in members {
      let unique = Array(Set(list)).sorted {
        (units[$0].article, units[$0].record) < (units[$1].article, units[$1].record)
      }
      let outlets = Set(unique.map { articles[units[$0].article].input.outlet })
      guard outlets.count >= 2 else { continue }
      var labels = Set<Int>()
      var divergence = 0.0
      for x in unique.indices {
        let a = articles[units[unique[x]].article]
        let ra = a.records[units[unique[x]].record].unit
        labels.insert(ra.label)
        for y in (x + 1)..<unique.count {
          let b = articles[units[unique[y]].article]
          guard a.input.outlet != b.input.outlet else { continue }
          let rb = b.records[units[unique[y]].record].unit
          var d = 0.0
          for c in ra.probabilities.indices { d += abs(ra.probabilities[c] - rb.probabilities[c]) }
          divergence = max(divergence, d / 2)
        }
      }
      groups.append(
        AlignedGroup(
          kind: quotedRoots.contains(r) ? .quotation : .fact,
          members: unique.map { .init(article: units[$0].article, record: units[$0].record) },
          outlets: outlets.count, labels: labels.count, divergence: divergence))
    }
    units.removeAll()
    return groups.sorted {
      if $0.labels != $1.labels { return $0.labels > $1.labels }
      if $0.divergence != $1.divergence { return $0.divergence > $1.divergence }
      if $0.members.count != $1.members.count { return $0.members.count > $1.members.count }
      return ($0.members[0].article, $0.members[0].record)
        < ($1.members[0].article, $1.members[0].record)
    }
  }
}

extension Analysis {
  /// Units of different outlets that report the same fact or quotation (``AlignmentFinder``),
  /// most divergent framings first; the units shared by `reprints` are not aligned with
  /// their own copies.
  public func alignedGroups(excluding reprints: [Reprint]) -> [AlignedGroup] {
    AlignmentFinder.find(
      articles,
      counted: { a in
        options.includeFurniture
          ? Array(a.records.indices) : a.records.indices.filter { !a.records[$0].isFurniture }
      }, excluding: reprints)
  }
}
