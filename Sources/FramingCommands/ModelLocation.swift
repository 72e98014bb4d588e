import Foundation

/// Where `classify` finds its model when `--model` is not given, in this order:
/// `$FRAMING_MODEL`; `models/framing.safetensors` under the working directory (a clone);
/// the model installed beside the executable (`PREFIX/share/framing/framing.safetensors`
/// for `PREFIX/bin/classify`).
public enum ModelLocation {
  /// The version of the tools, printed by `--version` with the model format they read.
  public static let toolVersion = "0.4.0"

  /// The relative path of the model in a clone.
  public static let inClone = "models/framing.safetensors"

  /// The path to use and where it came from, in words (for `--model-info`).
  public static func resolve(given: String?) -> (path: String, source: String) {
    if let given { return (given, "--model") }
    if let path = ProcessInfo.processInfo.environment["FRAMING_MODEL"], !path.isEmpty {
      return (path, "$FRAMING_MODEL")
    }
    if FileManager.default.fileExists(atPath: inClone) {
      return (inClone, "the working directory")
    }
    if let installed = installedModel(), FileManager.default.fileExists(atPath: installed) {
      return (installed, "the installed model")
    }
    return (inClone, "the working directory")
  }

  /// `PREFIX/share/framing/framing.safetensors` for the running `PREFIX/bin/TOOL`.
  public static func installedModel() -> String? {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let prefix = executable.deletingLastPathComponent().deletingLastPathComponent()
    return prefix.appendingPathComponent("share/framing/framing.safetensors").path
  }
}
