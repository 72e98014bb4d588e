/// How one outlet frames the sentences that mention one actor.
///
/// This is the framing of the sentences that name the actor, not a measured stance
/// towards it: "Russia seized two vessels" and "Ukraine condemned Russia" are both
/// critical sentences that mention Russia.
public struct ActorProfile: Sendable {
  /// What the figures are, in one sentence, for every output that shows them.
  public static let note =
    "shares among the units that mention the actor: the framing of sentences that name it,"
    + " not a measured stance towards it"

  public var outlet: String
  public var actor: String
  /// `person`, `country` or `organisation`.
  public var kind: ActorGazetteer.Kind
  /// The label shares (with intervals, and adjusted shares when asked for) of the outlet's
  /// counted units that mention the actor. Intervals over several articles are the
  /// linearized ones (``Statistics/ratioInterval(_:_:)``) whatever the number of articles:
  /// a run has many outlet-actor pairs, and 2,000 bootstrap resamples for each would cost
  /// more than everything else.
  public var profile: FramingProfile
}

extension Analysis {
  /// For each outlet (in order of first appearance) and each actor its counted units
  /// mention at least ``AnalysisOptions/actorMinimumUnits`` times, the profile of those
  /// units; within an outlet the most mentioned actors first.
  ///
  /// - Complexity: O(units × actors per unit), plus one profile per row.
  public func actorProfiles() -> [ActorProfile] {
    guard actors != nil else { return [] }
    var byOutlet: [String: [String: [Int]]] = [:]  // outlet → actor → articles (repeated per unit)
    for (a, article) in articles.enumerated() {
      for r in builder.counted(article) {
        for name in r.actors {
          byOutlet[article.input.outlet, default: [:]][name, default: []].append(a)
        }
      }
    }
    var result: [ActorProfile] = []
    for outlet in outlets {
      let mentions = (byOutlet[outlet] ?? [:]).filter {
        $0.value.count >= options.actorMinimumUnits
      }
      for (name, list) in mentions.sorted(by: {
        ($1.value.count, $0.key) < ($0.value.count, $1.key)
      }) {
        var seen = Set<Int>()
        let group = list.filter { seen.insert($0).inserted }.map { a -> ArticleResult in
          var copy = articles[a]
          copy.records = copy.records.filter { $0.actors.contains(name) }
          // The article's unknown words are its own, not the actor's: no drift warning here.
          copy.unknownTokens = 0
          copy.tokens = 0
          return copy
        }
        result.append(
          ActorProfile(
            outlet: outlet, actor: name, kind: kind(of: name),
            profile: builder.profile(
              name: outlet + " / " + name, articles: group, bootstraps: false)))
      }
    }
    return result
  }

  /// The kind of the actor called `name`: the gazetteer's, or a person (titled names).
  func kind(of name: String) -> ActorGazetteer.Kind {
    actors?.actor(named: name).map { actors!.actors[$0].kind } ?? .person
  }
}
