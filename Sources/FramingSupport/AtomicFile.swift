import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writing a whole output file so that a reader never sees half of it, and so that no
/// device, link or folder is ever replaced by a file.
///
/// What is at the path decides how it is written:
/// - nothing, or a regular file: atomically, through a temporary file renamed over it;
/// - a symbolic link: followed on purpose, and its target written by these same rules (the
///   link stays a link; `/dev/stdout` reaches the terminal or pipe it points to);
/// - a character device or a FIFO (`/dev/null`, a named pipe): written directly, in order;
/// - a folder, a block device or a socket: refused.
public enum AtomicFile {
  /// Writes `bytes` to `path` through a temporary file and a rename: the temporary file
  /// (`.NAME.tmp-PID` in the same folder) is written, flushed to disk and renamed over
  /// `path`, and the folder is flushed, so that `path` always holds either the previous
  /// file or the whole new one. Temporary files left by killed runs are removed after a
  /// successful write.
  ///
  /// `FRAMING_WRITE_DELAY_MS` (for crash tests only) makes the write pause that long after
  /// every 512 bytes, so that a test can kill the process in the middle of it.
  ///
  /// - Throws: ``SupportError/io(path:detail:)``.
  public static func write(_ bytes: [UInt8], to path: String) throws {
    try write(bytes, to: path, links: 0)
  }

  private static func write(_ bytes: [UInt8], to path: String, links: Int) throws {
    guard !path.isEmpty else { throw SupportError.io(path: "''", detail: "an empty path") }
    var info = stat()
    if lstat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFLNK:
        guard links < 40,
          let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
        else {
          throw SupportError.io(
            path: path, detail: "is a symbolic link that loops or cannot be read")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try write(
          bytes, to: target.hasPrefix("/") ? target : folder + "/" + target, links: links + 1)
      case S_IFCHR, S_IFIFO: return try writeDirectly(bytes, to: path)
      case S_IFDIR: throw SupportError.io(path: path, detail: "is a folder, not a file")
      default:
        throw SupportError.io(path: path, detail: "is a block device or socket; not written")
      }
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw SupportError.io(path: path, detail: "the folder '\(folder)' does not exist")
    }
    let prefix = "." + url.lastPathComponent + ".tmp-"
    let temporary = folder + "/" + prefix + "\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      throw SupportError.io(
        path: path, detail: "cannot create '\(temporary)': \(String(cString: strerror(errno)))")
    }
    let delay =
      ProcessInfo.processInfo.environment["FRAMING_WRITE_DELAY_MS"].flatMap { UInt32($0) } ?? 0
    let chunk = delay > 0 ? 512 : Int.max
    var written = 0
    let ok: Bool = bytes.withUnsafeBytes { raw in
      while written < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + written, min(chunk, raw.count - written))
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return false }
        written += n
        if delay > 0 { usleep(delay * 1000) }
      }
      return fsync(fd) == 0
    }
    let reason = String(cString: strerror(errno))
    close(fd)
    guard ok else {
      unlink(temporary)
      throw SupportError.io(path: path, detail: "cannot write '\(temporary)': \(reason)")
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw SupportError.io(
        path: path, detail: "cannot rename the temporary file into place: \(reason)")
    }
    let folderFD = open(folder, O_RDONLY)
    if folderFD >= 0 {
      fsync(folderFD)
      close(folderFD)
    }
    removeStaleTemporaries(in: folder, prefix: prefix)
  }

  /// Writes to a character device or FIFO as it is, without replacing it.
  static func writeDirectly(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_NOCTTY)
    guard fd >= 0 else {
      throw SupportError.io(
        path: path, detail: "cannot be opened (\(String(cString: strerror(errno))))")
    }
    defer { close(fd) }
    var written = 0
    let reason: String? = bytes.withUnsafeBytes { raw in
      while written < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return n < 0 ? String(cString: strerror(errno)) : "nothing written" }
        written += n
      }
      return nil
    }
    if let reason { throw SupportError.io(path: path, detail: "cannot be written (\(reason))") }
  }

  /// Why `path` cannot be an output, checked before anything is read or written: its
  /// folder must exist and be writable (when the path is a new or regular file), and it
  /// must not be a folder, a block device or a socket. `nil` when it can.
  public static func problem(writing path: String) -> String? {
    guard !path.isEmpty else { return "an empty path is not a file" }
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFCHR, S_IFIFO: return nil
      case S_IFREG: break
      case S_IFDIR: return "is a folder, not a file"
      default: return "is a block device or socket; not written"
      }
    }
    let resolved =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map {
        $0.hasPrefix("/")
          ? $0 : URL(fileURLWithPath: path).deletingLastPathComponent().path + "/" + $0
      } ?? path
    let folder = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
      return "the folder '\(folder)' does not exist"
    }
    guard access(folder, W_OK) == 0 else { return "the folder '\(folder)' is not writable" }
    return nil
  }

  /// Whether `path` is a character device or a FIFO (written directly, never replaced).
  public static func isDevice(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return info.st_mode & S_IFMT == S_IFCHR || info.st_mode & S_IFMT == S_IFIFO
  }

  /// The path `path` names once links and `.`/`..` are resolved (for a file that does
  /// not exist yet, its folder resolved and its name appended), so that two names of
  /// one file compare equal.
  public static func identity(of path: String) -> String {
    if let real = realpath(path, nil) {
      defer { free(real) }
      return String(cString: real)
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    guard let real = realpath(folder, nil) else { return url.standardizedFileURL.path }
    defer { free(real) }
    return String(cString: real) + "/" + url.lastPathComponent
  }

  /// Removes `prefix + PID` files whose process no longer runs (left by a killed write).
  static func removeStaleTemporaries(in folder: String, prefix: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
    }
  }
}
