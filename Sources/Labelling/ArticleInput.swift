import Features

/// One article to classify: its text and where it came from.
public struct ArticleInput: Sendable {
  /// The file path, or the id of a JSON Lines record.
  public var id: String
  /// The outlet the article belongs to.
  public var outlet: String
  /// Publication date as given (free text, e.g. `2019-06-28`).
  public var date: String?
  /// Headline as given.
  public var title: String?
  /// The text; offsets in output rows are byte offsets into its bytes.
  public var file: TextFile

  public init(id: String, outlet: String, date: String? = nil, title: String? = nil, file: TextFile)
  {
    self.id = id
    self.outlet = outlet
    self.date = date
    self.title = title
    self.file = file
  }
}
