import Foundation
import FramingSupport

extension ModelFile {
  /// Loads the model at `path` together with ``identifier(of:)`` of its bytes, the short
  /// id that output rows carry so that every label can be traced to the model behind it.
  public static func loadIdentified(path: String) throws -> (model: FramingModel, id: String) {
    let bytes = try readBytes(path: path)  // read once for both
    // The identifier (a serial hash over every byte) is worked out beside the decoding.
    let (model, id) = Parallel.both(
      { Result { try decode(bytes, path: path) } }, { identifier(of: bytes) })
    return (try model.get(), id)
  }
}
