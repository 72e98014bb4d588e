/// Options that decide what is computed for each unit.
public struct AnalysisOptions: Sendable {
  /// Count page furniture in profiles too (output rows always carry it, flagged).
  public var includeFurniture = false
  /// Units whose label probability is below this are flagged uncertain.
  public var minConfidence: Double? = nil
  /// Number of explanation terms per unit (0: none in the rows).
  public var explain = 0
  /// Keep every unit's explanation (the HTML report shows them) even when rows do not.
  public var keepExplanations = false
  /// Sentences of evidence per outlet and label.
  public var evidenceCount = 3
  /// Seed of the bootstrap.
  public var seed: UInt64 = 2024

  /// The period of the profiles over time (`nil`: chosen from the span of the dates).
  public var period: Period? = nil

  /// Fewest counted units an outlet needs on an actor for that actor's profile.
  public var actorMinimumUnits = 10

  public init() {}
}
