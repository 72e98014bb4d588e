import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writing a whole file so that a reader never sees half of it.
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

  /// Removes `prefix + PID` files whose process no longer runs (left by a killed write).
  static func removeStaleTemporaries(in folder: String, prefix: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
    }
  }
}
