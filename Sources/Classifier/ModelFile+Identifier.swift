import Foundation

extension ModelFile {
  /// Loads the model at `path` together with ``identifier(of:)`` of its bytes, the short
  /// id that output rows carry so that every label can be traced to the model behind it.
  public static func loadIdentified(path: String) throws -> (model: FramingModel, id: String) {
    let model = try load(path: path)
    let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    return (model, identifier(of: bytes))
  }
}
