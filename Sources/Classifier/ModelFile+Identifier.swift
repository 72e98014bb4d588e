import Foundation

extension ModelFile {
  /// Loads the model at `path` together with ``identifier(of:)`` of its bytes, the short
  /// id that output rows carry so that every label can be traced to the model behind it.
  public static func loadIdentified(path: String) throws -> (model: FramingModel, id: String) {
    let bytes = try readBytes(path: path)  // read once for both
    return (try decode(bytes, path: path), identifier(of: bytes))
  }
}
