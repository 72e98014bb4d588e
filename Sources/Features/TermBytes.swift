import Foundation

/// Byte strings back to back, compared in byte order.
struct TermBytes {
  var arena: [UInt8] = []
  var offsets: [Int] = [0]

  /// Whether string `a` comes before string `b` in byte order (a prefix first).
  @inline(__always)
  func precedes(_ a: Int, _ b: Int) -> Bool {
    arena.withUnsafeBufferPointer { p in
      offsets.withUnsafeBufferPointer { o in
        let la = o[a + 1] - o[a]
        let lb = o[b + 1] - o[b]
        let n = min(la, lb)
        if n > 0 {
          let r = memcmp(p.baseAddress! + o[a], p.baseAddress! + o[b], n)
          if r != 0 { return r < 0 }
        }
        return la < lb
      }
    }
  }

  func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    arena.withUnsafeBufferPointer { p in
      body(UnsafeBufferPointer(rebasing: p[offsets[i]..<offsets[i + 1]]))
    }
  }
}
