/// An insert-only hash table from 64-bit keys to dense ids `0..<count`, with linear
/// probing on a power-of-two table at most half full.
///
/// ``NGramIndex`` keys an n-gram of two or more tokens by the pair (id of its first
/// `n − 1` tokens, id of its last token), so that looking up a bigram hashes one integer
/// instead of the bigram's bytes. A slot holds its key and id side by side (two words), so
/// that a hit reads one cache line.
struct PairTable: Sendable {
  /// Slot `s` is `table[2s]` (the key, `PairTable.empty` when free) and `table[2s + 1]`
  /// (the id).
  private var table: [UInt64]
  private var shift: UInt64
  /// Number of keys.
  private(set) var count = 0

  static let empty = UInt64.max

  /// An empty table sized for about `capacity` keys.
  init(capacity: Int = 64) {
    var bits: UInt64 = 4
    while (1 << bits) < capacity * 2 { bits += 1 }
    table = PairTable.emptyTable(slots: 1 << bits)
    shift = 64 - bits
  }

  private static func emptyTable(slots: Int) -> [UInt64] {
    var table = [UInt64](repeating: 0, count: 2 * slots)
    for s in 0..<slots { table[2 * s] = empty }
    return table
  }

  /// The key of the pair `(first, second)`.
  @inline(__always)
  static func key(_ first: UInt32, _ second: UInt32) -> UInt64 {
    UInt64(first) << 32 | UInt64(second)
  }

  @inline(__always)
  private static func home(_ key: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The id of `key`, inserting it with the next id (`count`) when new.
  ///
  /// - Complexity: amortized O(1).
  @inline(__always)
  mutating func insert(_ key: UInt64) -> (id: Int32, inserted: Bool) {
    let mask = table.count / 2 - 1
    var slot = PairTable.home(key, shift: shift)
    let found: Int32 = table.withUnsafeBufferPointer { t in
      while true {
        let stored = t[2 * slot]
        if stored == key { return Int32(truncatingIfNeeded: t[2 * slot + 1]) }
        if stored == PairTable.empty { return -1 }
        slot = (slot + 1) & mask
      }
    }
    if found >= 0 { return (found, false) }
    let id = Int32(count)
    table[2 * slot] = key
    table[2 * slot + 1] = UInt64(id)
    count += 1
    if count * 2 > table.count / 2 { grow() }
    return (id, true)
  }

  /// The id of `key`, or -1.
  ///
  /// - Complexity: O(1) expected.
  @inline(__always)
  func find(_ key: UInt64) -> Int32 {
    let mask = table.count / 2 - 1
    var slot = PairTable.home(key, shift: shift)
    return table.withUnsafeBufferPointer { t in
      while true {
        let stored = t[2 * slot]
        if stored == key { return Int32(truncatingIfNeeded: t[2 * slot + 1]) }
        if stored == PairTable.empty { return -1 }
        slot = (slot + 1) & mask
      }
    }
  }

  private mutating func grow() {
    let slots = table.count  // twice the old number of slots
    let newShift = shift - 1
    var newTable = PairTable.emptyTable(slots: slots)
    let mask = slots - 1
    newTable.withUnsafeMutableBufferPointer { n in
      table.withUnsafeBufferPointer { t in
        for s in 0..<(t.count / 2) where t[2 * s] != PairTable.empty {
          let key = t[2 * s]
          var slot = PairTable.home(key, shift: newShift)
          while n[2 * slot] != PairTable.empty { slot = (slot + 1) & mask }
          n[2 * slot] = key
          n[2 * slot + 1] = t[2 * s + 1]
        }
      }
    }
    table = newTable
    shift = newShift
  }
}
