import Classifier
import Features
import Foundation
import FramingSupport
import Labelling
import Rendering

/// Expands the paths given on a command line into the files to read.
public enum InputPaths {
  /// One input: a file path, or standard input (`-`).
  public enum Input: Sendable, Equatable {
    case file(String)
    case standardInput
  }

  /// File name endings read from a directory.
  public static let textExtensions: Set<String> = ["txt", "text", "md"]

  /// The inputs for `arguments`: files as given, directories replaced by the text files
  /// below them (recursively, in path order, hidden ones skipped), `-` as standard input.
  /// Problems (a missing path, a directory without text files) are returned, not thrown,
  /// so that the other inputs still get done.
  public static func expand(_ arguments: [String]) -> (inputs: [Input], problems: [FeaturesError]) {
    var inputs: [Input] = []
    var problems: [FeaturesError] = []
    let fm = FileManager.default
    for argument in arguments {
      if argument == "-" {
        inputs.append(.standardInput)
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        let reason =
          isBrokenLink(argument)
          ? "is a broken or looping symbolic link" : "no such file or directory"
        problems.append(.unreadableFile(path: argument, reason: reason))
        continue
      }
      guard isDirectory.boolValue else {
        inputs.append(.file(argument))
        continue
      }
      let files = textFiles(under: argument)
      if files.isEmpty {
        let endings = textExtensions.sorted().map { "." + $0 }.joined(separator: ", ")
        problems.append(
          .unreadableFile(path: argument, reason: "is a directory with no text files (\(endings))"))
      }
      inputs.append(contentsOf: files.map(Input.file))
    }
    return (inputs, problems)
  }

  static func textFiles(under directory: String) -> [String] {
    let fm = FileManager.default
    guard let enumerator = fm.enumerator(atPath: directory) else { return [] }
    var result: [String] = []
    var seen = Set<String>()
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") { continue }
      let ext = (name as NSString).pathExtension.lowercased()
      guard textExtensions.contains(ext) else { continue }
      let path = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
        continue
      }
      let resolved = (path as NSString).resolvingSymlinksInPath
      if seen.insert(resolved).inserted { result.append(path) }
    }
    return result.sorted()
  }

  static func isBrokenLink(_ path: String) -> Bool {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
  }
}
