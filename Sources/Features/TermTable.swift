/// An insert-only hash table from byte strings (terms) to dense ids `0..<count`.
///
/// Terms are stored back to back in one byte arena; lookups take a byte buffer and
/// allocate nothing, which is what the feature extractor's inner loop needs.
public struct TermTable: Sendable {
  private var arena: [UInt8] = []
  private var offsets: [Int] = [0]
  private var hashes: [UInt64] = []
  private var slots: [Int32]
  private var mask: Int

  /// Number of terms.
  public var count: Int { hashes.count }

  /// An empty table sized for about `capacity` terms.
  public init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
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

  /// The id of `key`, inserting it when new.
  ///
  /// - Complexity: amortized O(key length).
  @discardableResult
  public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
    let h = TermTable.hash(key)
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let id = slots[slot]
      if id < 0 { break }
      if hashes[Int(id)] == h && equals(Int(id), key) { return (id, false) }
      slot = (slot + 1) & mask
    }
    let id = Int32(hashes.count)
    hashes.append(h)
    arena.append(contentsOf: key)
    offsets.append(arena.count)
    slots[slot] = id
    if hashes.count * 2 > slots.count { grow() }
    return (id, true)
  }

  /// The id of `key`, or -1 when it is not in the table.
  ///
  /// - Complexity: O(key length) expected.
  @inline(__always)
  public func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    let h = TermTable.hash(key)
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let id = slots[slot]
      if id < 0 { return -1 }
      if hashes[Int(id)] == h && equals(Int(id), key) { return id }
      slot = (slot + 1) & mask
    }
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

  @inline(__always)
  private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = offsets[id]
    let length = offsets[id + 1] - start
    guard length == key.count else { return false }
    return arena.withUnsafeBufferPointer { a in
      guard length > 0 else { return true }
      return memcmpBytes(a.baseAddress! + start, key.baseAddress!, length)
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
    for id in 0..<hashes.count {
      var slot = Int(truncatingIfNeeded: hashes[id]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
  }

  /// A 64-bit hash of bytes: 8 bytes at a time, multiply and rotate, then a final mix.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
    var i = 0
    let n = key.count
    if n > 0 {
      let base = UnsafeRawPointer(key.baseAddress!)
      while i + 8 <= n {
        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
        h = (h << 31) | (h >> 33)
        i += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while i < n {
        tail |= UInt64(key[i]) << shift
        shift += 8
        i += 1
      }
      h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    }
    h ^= h >> 33
    h = h &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    return h
  }
}

@inline(__always)
private func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
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
