import Foundation

/// Label shares per outlet per period of publication, for articles with dates.
public enum Period: String, Sendable, CaseIterable {
  case day, week, month

  /// The period for dates spanning `days`: days up to a month, weeks up to half a year,
  /// months beyond.
  public static func automatic(spanDays days: Int) -> Period {
    days <= 31 ? .day : days <= 183 ? .week : .month
  }

  /// The start of the period holding `date` (`yyyy-mm-dd`): the day, the Monday of its
  /// ISO week, or the first of its month.
  public func start(of date: DateComponents) -> DateComponents? {
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    guard let day = calendar.date(from: date) else { return nil }
    let start: Date
    switch self {
    case .day: start = day
    case .week:
      guard let interval = calendar.dateInterval(of: .weekOfYear, for: day) else { return nil }
      start = interval.start
    case .month:
      guard let interval = calendar.dateInterval(of: .month, for: day) else { return nil }
      start = interval.start
    }
    return calendar.dateComponents([.year, .month, .day], from: start)
  }

  /// The date at the start of `text` (`yyyy-mm-dd`, anything after it ignored), if any.
  public static func parse(_ text: String?) -> DateComponents? {
    guard let text, text.count >= 10 else { return nil }
    let parts = text.prefix(10).split(separator: "-")
    guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), (1...31).contains(d)
    else { return nil }
    return DateComponents(year: y, month: m, day: d)
  }

  static func text(_ c: DateComponents) -> String {
    String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
  }
}

/// One outlet in one period.
public struct PeriodProfile: Sendable {
  public var outlet: String
  /// The first day of the period, `yyyy-mm-dd`.
  public var start: String
  public var profile: FramingProfile
  /// Whether the period has fewer units than a profile needs to be compared
  /// (``ProfileBuilder/smallSample``): marked, not hidden.
  public var tooFew: Bool
}

extension Analysis {
  /// Profiles per outlet and period (`period`, or chosen from the span of the dates), in
  /// outlet order then time order, and the number of articles without a usable date.
  public func periodProfiles(_ period: Period? = nil) -> (
    period: Period, rows: [PeriodProfile], undated: Int
  )? {
    var dated: [(Int, DateComponents)] = []
    for (i, a) in articles.enumerated() {
      if let d = Period.parse(a.input.date) { dated.append((i, d)) }
    }
    guard !dated.isEmpty else { return nil }
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let days = dated.compactMap { calendar.date(from: $0.1) }
    let span = Int(((days.max()!.timeIntervalSince(days.min()!)) / 86_400).rounded())
    let chosen = period ?? Period.automatic(spanDays: span)
    var groups: [String: [String: [ArticleResult]]] = [:]
    for (i, d) in dated {
      guard let start = chosen.start(of: d) else { continue }
      groups[articles[i].input.outlet, default: [:]][Period.text(start), default: []].append(
        articles[i])
    }
    var rows: [PeriodProfile] = []
    for outlet in outlets {
      for (start, group) in (groups[outlet] ?? [:]).sorted(by: { $0.key < $1.key }) {
        let p = builder.profile(name: outlet + " " + start, articles: group)
        rows.append(
          PeriodProfile(
            outlet: outlet, start: start, profile: p, tooFew: p.units < ProfileBuilder.smallSample))
      }
    }
    return (chosen, rows, articles.count - dated.count)
  }
}
