/// What a unit of text returned by ``SentenceSplitter`` is.
public enum UnitKind: String, Sendable, Codable, CaseIterable {
  /// A sentence of running text.
  case sentence
  /// A headline or section heading: a line of its own without final punctuation.
  case heading
  /// Page furniture: bylines, datelines, photo credits, share bars, timestamps,
  /// subscription prompts and the like.
  case furniture
}

/// One unit of a text: a byte range and what it is.
public struct TextUnit: Sendable, Equatable {
  /// First byte of the unit (no leading white space).
  public var start: Int
  /// End of the unit, exclusive (no trailing white space).
  public var end: Int
  /// What the unit is.
  public var kind: UnitKind

  public init(start: Int, end: Int, kind: UnitKind) {
    self.start = start
    self.end = end
    self.kind = kind
  }
}
