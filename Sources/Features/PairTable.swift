/// An insert-only hash table from 64-bit keys to dense ids `0..<count`, with linear
/// probing on a power-of-two table at most half full.
///
/// ``NGramIndex`` keys an n-gram of two or more tokens by the pair (id of its first
/// `n − 1` tokens, id of its last token), so that looking up a bigram hashes one integer
/// instead of the bigram's bytes.
struct PairTable: Sendable {
  /// `PairTable.empty` in free slots.
  private var keys: [UInt64]
  private var ids: [Int32]
  private var shift: UInt64
  /// Number of keys.
  private(set) var count = 0

  static let empty = UInt64.max

  /// An empty table sized for about `capacity` keys.
  init(capacity: Int = 64) {
    var bits: UInt64 = 4
    while (1 << bits) < capacity * 2 { bits += 1 }
    keys = [UInt64](repeating: PairTable.empty, count: 1 << bits)
    ids = [Int32](repeating: -1, count: 1 << bits)
    shift = 64 - bits
  }

  /// The key of the pair `(first, second)`.
  @inline(__always)
  static func key(_ first: UInt32, _ second: UInt32) -> UInt64 {
    UInt64(first) << 32 | UInt64(second)
  }

  @inline(__always)
  private func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The id of `key`, inserting it with the next id (`count`) when new.
  ///
  /// - Complexity: amortized O(1).
  @inline(__always)
  mutating func insert(_ key: UInt64) -> (id: Int32, inserted: Bool) {
    let mask = keys.count - 1
    var slot = home(key)
    let found: Int32 = keys.withUnsafeBufferPointer { k in
      ids.withUnsafeBufferPointer { v in
        while true {
          let stored = k[slot]
          if stored == key { return v[slot] }
          if stored == PairTable.empty { return -1 }
          slot = (slot + 1) & mask
        }
      }
    }
    if found >= 0 { return (found, false) }
    let id = Int32(count)
    keys[slot] = key
    ids[slot] = id
    count += 1
    if count * 2 > keys.count { grow() }
    return (id, true)
  }

  /// The id of `key`, or -1.
  ///
  /// - Complexity: O(1) expected.
  @inline(__always)
  func find(_ key: UInt64) -> Int32 {
    let mask = keys.count - 1
    var slot = home(key)
    return keys.withUnsafeBufferPointer { k in
      ids.withUnsafeBufferPointer { v in
        while true {
          let stored = k[slot]
          if stored == key { return v[slot] }
          if stored == PairTable.empty { return -1 }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  private mutating func grow() {
    let size = keys.count * 2
    let newShift = shift - 1
    var newKeys = [UInt64](repeating: PairTable.empty, count: size)
    var newIDs = [Int32](repeating: -1, count: size)
    let mask = size - 1
    newKeys.withUnsafeMutableBufferPointer { k in
      newIDs.withUnsafeMutableBufferPointer { v in
        for i in 0..<keys.count where keys[i] != PairTable.empty {
          let key = keys[i]
          var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> newShift)
          while k[slot] != PairTable.empty { slot = (slot + 1) & mask }
          k[slot] = key
          v[slot] = ids[i]
        }
      }
    }
    keys = newKeys
    ids = newIDs
    shift = newShift
  }
}
