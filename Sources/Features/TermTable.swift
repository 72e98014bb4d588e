/// An insert-only hash table from byte strings (terms) to dense ids `0..<count`.
///
/// Terms are stored back to back in one byte arena; lookups take a byte buffer and
/// allocate nothing, which is what the feature extractor's inner loop needs. Each slot
/// holds the id and 32 bits of the term's hash, so that a probe compares bytes only when
/// the hashes agree and touches the arena once per hit.
public struct TermTable: Sendable {
  private var arena: [UInt8] = []
  private var offsets: [Int] = [0]
  private var hashes: [UInt64] = []
  /// `0` for an empty slot, else `(hash >> 32) << 32 | (id + 1)`.
  private var slots: [UInt64]
  private var mask: Int

  /// Number of terms.
  public var count: Int { hashes.count }

  /// An empty table sized for about `capacity` terms.
  public init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  /// A table holding `terms` with ids in their order.
  ///
  /// - Precondition: no term appears twice.
  public init(terms: some Collection<String>) {
    self.init(capacity: terms.count)
    for term in terms {
      var copy = term
      let (_, inserted) = copy.withUTF8 { insert($0) }
      precondition(inserted, "duplicate term '\(term)'")
    }
  }

  /// A table holding the terms stored back to back in `bytes`, term `j` being
  /// `bytes[offsets[j] ..< offsets[j + 1]]`, with ids in their order: what a model file
  /// holds. No term is compared with another, so this is the fast way to load a vocabulary.
  ///
  /// - Precondition: no term appears twice (a model's terms are checked to be strictly
  ///   increasing before this is called), `offsets` start at 0, never decrease and end at
  ///   `bytes.count`.
  /// - Complexity: O(bytes).
  public init(uniqueTerms bytes: [UInt8], offsets: [Int]) {
    precondition(offsets.first == 0 && offsets.last == bytes.count)
    let count = offsets.count - 1
    self.init(capacity: count)
    arena = bytes
    self.offsets = offsets
    var hashes = [UInt64](repeating: 0, count: count)
    let mask = self.mask
    bytes.withUnsafeBufferPointer { a in
      offsets.withUnsafeBufferPointer { o in
        hashes.withUnsafeMutableBufferPointer { hs in
          slots.withUnsafeMutableBufferPointer { s in
            for id in 0..<count {
              let start = o[id]
              let end = o[id + 1]
              precondition(start <= end)
              let h = TermTable.hash(UnsafeBufferPointer(rebasing: a[start..<end]))
              hs[id] = h
              var slot = Int(truncatingIfNeeded: h) & mask
              while s[slot] != 0 { slot = (slot + 1) & mask }
              s[slot] = TermTable.slotValue(hash: h, id: Int32(id))
            }
          }
        }
      }
    }
    self.hashes = hashes
  }

  /// The id of `key`, inserting it when new.
  ///
  /// - Complexity: amortized O(key length).
  @discardableResult
  public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
    let h = TermTable.hash(key)
    let (found, slot) = probe(key, hash: h)
    if found >= 0 { return (found, false) }
    let id = Int32(hashes.count)
    hashes.append(h)
    arena.append(contentsOf: key)
    offsets.append(arena.count)
    slots[slot] = TermTable.slotValue(hash: h, id: id)
    if hashes.count * 2 > slots.count { grow() }
    return (id, true)
  }

  /// The id of `key`, or -1 when it is not in the table.
  ///
  /// - Complexity: O(key length) expected.
  @inline(__always)
  public func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    probe(key, hash: TermTable.hash(key)).id
  }

  /// The id of `term`, or `nil`.
  public func id(of term: String) -> Int? {
    var copy = term
    let id = copy.withUTF8 { find($0) }
    return id < 0 ? nil : Int(id)
  }

  /// The bytes of term `id`.
  public func bytes(of id: Int) -> ArraySlice<UInt8> { arena[offsets[id]..<offsets[id + 1]] }

  /// Term `id` as a string.
  public func term(_ id: Int) -> String { String(decoding: bytes(of: id), as: UTF8.self) }

  /// All terms in id order.
  public var terms: [String] { (0..<count).map(term) }

  /// Calls `body` with the bytes of term `id` (valid only inside `body`).
  @inline(__always)
  func withBytes<R>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    arena.withUnsafeBufferPointer { a in
      offsets.withUnsafeBufferPointer { o in
        body(UnsafeBufferPointer(rebasing: a[o[id]..<o[id + 1]]))
      }
    }
  }

  /// The id of `key` (or -1) and the slot where it is, or where it would go.
  @inline(__always)
  private func probe(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (id: Int32, slot: Int) {
    let tag = h >> 32
    let length = key.count
    return slots.withUnsafeBufferPointer { s in
      arena.withUnsafeBufferPointer { a in
        offsets.withUnsafeBufferPointer { o in
          var slot = Int(truncatingIfNeeded: h) & mask
          while true {
            let v = s[slot]
            if v == 0 { return (-1, slot) }
            if v >> 32 == tag {
              let id = Int(truncatingIfNeeded: v & 0xFFFF_FFFF) - 1
              let start = o[id]
              if o[id + 1] - start == length
                && (length == 0 || memcmpBytes(a.baseAddress! + start, key.baseAddress!, length))
              {
                return (Int32(id), slot)
              }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  @inline(__always)
  private static func slotValue(hash: UInt64, id: Int32) -> UInt64 {
    (hash >> 32) << 32 | UInt64(UInt32(id) + 1)
  }

  private mutating func grow() {
    let size = slots.count * 2
    mask = size - 1
    var fresh = [UInt64](repeating: 0, count: size)
    fresh.withUnsafeMutableBufferPointer { s in
      hashes.withUnsafeBufferPointer { hs in
        for id in 0..<hs.count {
          var slot = Int(truncatingIfNeeded: hs[id]) & mask
          while s[slot] != 0 { slot = (slot + 1) & mask }
          s[slot] = TermTable.slotValue(hash: hs[id], id: Int32(id))
        }
      }
    }
    slots = fresh
  }

  /// A 64-bit hash of bytes: 8 bytes at a time, multiply and rotate, then a final mix.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = key.count
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
    if n > 0 {
      let base = UnsafeRawPointer(key.baseAddress!)
      var i = 0
      while i + 8 <= n {
        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
        h = (h << 31) | (h >> 33)
        i += 8
      }
      if i < n {
        // The last 1 to 7 bytes, read with at most two loads that may overlap.
        let rest = n - i
        var tail: UInt64
        if n >= 8 {
          let last = base.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
          tail = last >> UInt64(8 * (8 - rest))
        } else if rest >= 4 {
          let lo = UInt64(base.loadUnaligned(fromByteOffset: i, as: UInt32.self))
          let hi = UInt64(base.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
          tail = lo | hi << 32
        } else {
          tail = UInt64(key[i])
          tail |= UInt64(key[i + rest / 2]) << 8
          tail |= UInt64(key[n - 1]) << 16
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
      }
    }
    h ^= h >> 33
    h = h &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    return h
  }
}

@inline(__always)
func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  var i = 0
  while i + 8 <= n {
    if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self)
      != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
    {
      return false
    }
    i += 8
  }
  while i < n {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}
