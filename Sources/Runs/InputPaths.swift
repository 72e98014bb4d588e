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

  /// What ``expand(_:)`` found: the inputs in order, the problems (inputs that cannot be
  /// read: an error each), and the warnings (inputs skipped or merged on purpose).
  public struct Expansion {
    public var inputs: [Input] = []
    public var problems: [FeaturesError] = []
    public var warnings: [RunWarning] = []
    /// The files added so far, by device and inode, and how many were offered.
    var seen = Set<String>()
    var offered = 0

    /// Adds a file to read, or a warning when it is already there under this or another
    /// name.
    mutating func add(_ path: String) {
      offered += 1
      // The same file under any spelling, link or hard link: its device and inode.
      var info = stat()
      let key =
        stat(path, &info) == 0
        ? "\(info.st_dev):\(info.st_ino)" : (path as NSString).resolvingSymlinksInPath
      if seen.insert(key).inserted {
        inputs.append(.file(path))
      } else {
        warnings.append(
          RunWarning(path: path, message: "is given more than once; read and counted once"))
      }
    }
  }

  /// The inputs for `arguments`: files as given, directories replaced by the regular text
  /// files below them (recursively, in path order; hidden files and everything under hidden
  /// folders skipped), `-` as standard input. A file named twice (or reached twice through
  /// links) is read once, with a warning; inside directories, text-named entries that are
  /// not regular files (FIFOs, devices, sockets) are skipped with a warning, since reading
  /// them could block or never end (named on the command line, they are read). Problems (a
  /// missing path, an unreadable folder, a directory without text files) are returned, not
  /// thrown, so that the other inputs still get done.
  public static func expand(_ arguments: [String]) -> Expansion {
    var result = Expansion()
    for argument in arguments {
      if argument == "-" {
        result.inputs.append(.standardInput)
        continue
      }
      var info = stat()
      guard stat(argument, &info) == 0 else {
        let reason =
          isBrokenLink(argument)
          ? "is a broken or looping symbolic link" : "no such file or directory"
        result.problems.append(.unreadableFile(path: argument, reason: reason))
        continue
      }
      guard info.st_mode & S_IFMT == S_IFDIR else {
        result.add(argument)
        continue
      }
      let before = (result.offered, result.problems.count)
      walk(argument, into: &result)
      if result.offered == before.0 && result.problems.count == before.1 {
        let endings = textExtensions.sorted().map { "." + $0 }.joined(separator: ", ")
        result.problems.append(
          .unreadableFile(path: argument, reason: "is a directory with no text files (\(endings))"))
      }
    }
    return result
  }

  /// Adds the regular text files under `directory` in path order; an unreadable folder is
  /// a problem, a text-named entry that is not a regular file a warning.
  static func walk(_ directory: String, into result: inout Expansion) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      let reason = String(cString: strerror(access(directory, R_OK | X_OK) == 0 ? EIO : errno))
      result.problems.append(
        .unreadableFile(path: directory, reason: "is a folder that cannot be read (\(reason))"))
      return
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      var info = stat()
      guard stat(path, &info) == 0 else {
        // A broken link is skipped; a folder that can be listed but not entered is named.
        if errno == EACCES {
          result.problems.append(
            .unreadableFile(path: path, reason: "cannot be read (permission denied)"))
        }
        continue
      }
      let kind = info.st_mode & S_IFMT
      if kind == S_IFDIR {
        walk(path, into: &result)
        continue
      }
      guard textExtensions.contains((name as NSString).pathExtension.lowercased()) else {
        continue
      }
      guard kind == S_IFREG else {
        result.warnings.append(
          RunWarning(
            path: path,
            message: "is not a regular file (a FIFO, device or socket); skipped (name it on the"
              + " command line to read it)"))
        continue
      }
      result.add(path)
    }
  }

  static func isBrokenLink(_ path: String) -> Bool {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
  }
}
