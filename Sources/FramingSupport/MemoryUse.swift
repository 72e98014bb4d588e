import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The process's memory, for tracing where it goes and for giving freed memory back.
public enum MemoryUse {
  /// Whether `FRAMING_TRACE_MEMORY` is set: then ``trace(_:)`` writes lines to standard error.
  static let tracing = ProcessInfo.processInfo.environment["FRAMING_TRACE_MEMORY"] != nil

  /// Resident and peak resident memory in MB, from /proc/self/status (nil elsewhere).
  public static func current() -> (resident: Double, peak: Double)? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    func field(_ name: String) -> Double? {
      guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") })
      else { return nil }
      return line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first
        .flatMap { Double($0) }.map { $0 / 1024 }
    }
    guard let rss = field("VmRSS"), let hwm = field("VmHWM") else { return nil }
    return (rss, hwm)
  }

  /// When the trace began (the first use of this type).
  static let started = Date()

  /// When tracing, writes `memory: <stage>: resident X MB, peak Y MB, T s` to standard
  /// error (T: seconds since the first trace).
  public static func trace(_ stage: @autoclosure () -> String) {
    guard tracing, let use = current() else { return }
    let line = String(
      format: "memory: %@: resident %.0f MB, peak %.0f MB, %.2f s\n", stage(), use.resident,
      use.peak, Date().timeIntervalSince(started))
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Asks the C allocator to return freed memory to the system (glibc's `malloc_trim`,
  /// looked up at run time; nothing happens where it does not exist). Freed small blocks
  /// otherwise stay with the process and count in its resident memory.
  public static func releaseFreed() {
    #if canImport(Glibc)
      typealias Trim = @convention(c) (Int) -> Int32
      if let symbol = dlsym(nil, "malloc_trim") {
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
      }
    #endif
  }
}
