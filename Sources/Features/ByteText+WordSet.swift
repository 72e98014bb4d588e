extension ByteText {
  /// A fixed set of short ASCII words, looked up by the bytes or scalars of a word without
  /// making a `String`. Matching is exact (case-sensitive, byte for byte).
  ///
  /// Words of up to 16 bytes are packed into two 64-bit keys and kept in an open-addressing
  /// table at most a quarter full.
  struct WordSet: Sendable {
    private var keys: [Key]
    private let shift: UInt64
    /// Bit `n` is set when a word of `n` bytes is in the set.
    private var lengths: UInt32 = 0

    struct Key: Equatable, Sendable {
      var low: UInt64
      var high: UInt64
    }

    /// A set of `words`: each must be non-empty ASCII of at most 16 bytes.
    init(_ words: some Sequence<String>) {
      let words = Array(words)
      var capacity = 8
      var bits: UInt64 = 3
      while capacity < 4 * words.count {
        capacity *= 2
        bits += 1
      }
      keys = Array(repeating: Key(low: 0, high: 0), count: capacity)
      shift = 64 - bits
      for word in words {
        let bytes = Array(word.utf8)
        precondition(
          !bytes.isEmpty && bytes.count <= 16 && bytes.allSatisfy { $0 < 0x80 && $0 != 0 },
          "WordSet words are non-empty ASCII of at most 16 bytes: \(word)")
        lengths |= 1 << UInt32(bytes.count)
        var key = Key(low: 0, high: 0)
        for (i, b) in bytes.enumerated() { Self.put(b, at: i, into: &key) }
        var slot = index(key)
        while keys[slot] != Key(low: 0, high: 0) && keys[slot] != key {
          slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = key
      }
    }

    @inline(__always)
    private static func put(_ byte: UInt8, at i: Int, into key: inout Key) {
      if i < 8 {
        key.low |= UInt64(byte) << UInt64(8 * i)
      } else {
        key.high |= UInt64(byte) << UInt64(8 * (i - 8))
      }
    }

    @inline(__always)
    private func index(_ key: Key) -> Int {
      let mixed = (key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
      return Int(truncatingIfNeeded: mixed >> shift)
    }

    @inline(__always)
    private func contains(_ key: Key) -> Bool {
      var slot = index(key)
      while true {
        let k = keys[slot]
        if k == key { return true }
        if k.low == 0 && k.high == 0 { return false }
        slot = (slot + 1) & (keys.count - 1)
      }
    }

    /// Whether the word `text[start..<end]` is in the set.
    ///
    /// - Complexity: O(end − start).
    func contains(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
      let count = end - start
      guard count > 0, count < 32, lengths & (1 << UInt32(count)) != 0 else { return false }
      var key = Key(low: 0, high: 0)
      for i in 0..<count {
        let b = text[start + i]
        if b == 0 || b >= 0x80 { return false }
        Self.put(b, at: i, into: &key)
      }
      return contains(key)
    }

    /// Whether the word `text[start..<end]` with its ASCII capitals lower-cased is in the set.
    ///
    /// - Complexity: O(end − start).
    func contains(lowercasing text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
      let count = end - start
      guard count > 0, count < 32, lengths & (1 << UInt32(count)) != 0 else { return false }
      var key = Key(low: 0, high: 0)
      for i in 0..<count {
        var b = text[start + i]
        if b == 0 || b >= 0x80 { return false }
        if b &- 0x41 < 26 { b |= 0x20 }
        Self.put(b, at: i, into: &key)
      }
      return contains(key)
    }

    /// Whether the word of the scalars `scalars[start..<end]` is in the set.
    ///
    /// - Complexity: O(end − start).
    func contains(scalars: UnsafeMutableBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
      let count = end - start
      guard count > 0, count < 32, lengths & (1 << UInt32(count)) != 0 else { return false }
      var key = Key(low: 0, high: 0)
      for i in 0..<count {
        let s = scalars[start + i]
        if s == 0 || s >= 0x80 { return false }
        Self.put(UInt8(s), at: i, into: &key)
      }
      return contains(key)
    }
  }
}
