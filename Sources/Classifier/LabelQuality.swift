import Features
import Foundation
import FramingSupport

/// Problems in a labeled corpus worth a look before training: conflicting duplicates,
/// near-duplicates, and rows the model confidently disagrees with.
public struct LabelQuality: Sendable {
  /// A group of rows (by index) with the same text.
  public struct Group: Sendable {
    public var rows: [Int]
  }

  /// Rows whose texts are identical but whose labels differ.
  public var conflictingDuplicates: [Group]
  /// Rows whose texts differ only in case, digits, punctuation or spacing.
  public var nearDuplicates: [Group]
  /// Rows whose out-of-fold prediction disagrees with the label with probability at least
  /// ``confidentThreshold``: likely label errors, most confident first.
  public var likelyErrors: [(row: Int, predicted: Int, probability: Double)]
  /// The threshold used for ``likelyErrors``.
  public var confidentThreshold: Double

  /// Finds duplicates in `corpus`, and likely label errors from out-of-fold
  /// `probabilities` (row-major) when given.
  ///
  /// Texts are compared on their UTF-8 bytes: rows are bucketed by a hash of their bytes
  /// (and of their normalized bytes), and rows in one bucket are compared byte for byte, so
  /// a hash collision never joins different texts. No string is built per row.
  ///
  /// - Complexity: O(total bytes) expected, with memory O(rows).
  public init(corpus: LabeledCorpus, probabilities: [Double]? = nil, threshold: Double = 0.9) {
    confidentThreshold = threshold
    let texts = corpus.texts
    var scratch: [UInt8] = []
    var other: [UInt8] = []
    // The hashes of each row's bytes and normalized bytes, in chunks on every core.
    let chunks = Parallel.map(Parallel.chunks(count: texts.count, chunkSize: 8192)) { rows in
      var normalized: [UInt8] = []
      var exact: [UInt64] = []
      var near: [UInt64] = []
      exact.reserveCapacity(rows.count)
      near.reserveCapacity(rows.count)
      for i in rows {
        texts.withUTF8(i) { bytes in
          exact.append(LabelQuality.hash(bytes))
          LabelQuality.normalize(bytes, into: &normalized)
        }
        near.append(normalized.withUnsafeBufferPointer { LabelQuality.hash($0) })
      }
      return (exact, near)
    }
    let exactHashes = chunks.flatMap(\.0)
    let nearHashes = chunks.flatMap(\.1)
    func sameBytes(_ a: Int, _ b: Int) -> Bool {
      texts.withUTF8(a) { x in texts.withUTF8(b) { y in x.elementsEqual(y) } }
    }
    conflictingDuplicates = LabelQuality.groups(hashes: exactHashes, same: sameBytes)
      .filter { g in g.rows.contains { corpus.labels[$0] != corpus.labels[g.rows[0]] } }
    var normalizedRow = -1  // the row whose normalized bytes `scratch` holds
    nearDuplicates = LabelQuality.groups(hashes: nearHashes) { a, b in
      if normalizedRow != a {
        texts.withUTF8(a) { LabelQuality.normalize($0, into: &scratch) }
        normalizedRow = a
      }
      texts.withUTF8(b) { LabelQuality.normalize($0, into: &other) }
      return scratch == other
    }
    .filter { g in g.rows.contains { !sameBytes($0, g.rows[0]) } }
    var errors: [(Int, Int, Double)] = []
    if let probabilities {
      let k = corpus.labelNames.count
      for i in 0..<corpus.count {
        var best = 0
        for c in 1..<k where probabilities[i * k + c] > probabilities[i * k + best] { best = c }
        let p = probabilities[i * k + best]
        if best != corpus.labels[i] && p >= threshold { errors.append((i, best, p)) }
      }
    }
    likelyErrors = errors.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }.map {
      (row: $0.0, predicted: $0.1, probability: $0.2)
    }
  }

  /// Groups of at least two rows that `same` says are equal, among rows of equal hash;
  /// rows in order within a group, groups in the order of their first row.
  private static func groups(hashes: [UInt64], same: (Int, Int) -> Bool) -> [Group] {
    // Rows of each hash, chained in order: an open-addressing table maps a hash to the
    // slot holding its first and last row; `next[i]` is the next row with row i's hash.
    var size = 16
    while size < 2 * hashes.count { size <<= 1 }
    let mask = size - 1
    var slotHash = [UInt64](repeating: 0, count: size)
    var slotFirst = [Int32](repeating: -1, count: size)
    var slotLast = [Int32](repeating: -1, count: size)
    var firstOfRow = [Bool](repeating: false, count: hashes.count)
    var next = [Int32](repeating: -1, count: hashes.count)
    var repeated = false
    for (i, h) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: h) & mask
      while slotFirst[slot] >= 0 && slotHash[slot] != h { slot = (slot + 1) & mask }
      if slotFirst[slot] >= 0 {
        next[Int(slotLast[slot])] = Int32(i)
        repeated = true
      } else {
        slotHash[slot] = h
        slotFirst[slot] = Int32(i)
        firstOfRow[i] = true
      }
      slotLast[slot] = Int32(i)
    }
    guard repeated else { return [] }
    var result: [Group] = []
    for i in hashes.indices where firstOfRow[i] && next[i] >= 0 {
      var chain: [Int] = []
      var r = Int32(i)
      while r >= 0 {
        chain.append(Int(r))
        r = next[Int(r)]
      }
      // Split the chain into groups of equal rows (one group unless hashes collided).
      while let lead = chain.first {
        var group = [lead]
        var rest: [Int] = []
        for r in chain.dropFirst() {
          if same(lead, r) { group.append(r) } else { rest.append(r) }
        }
        if group.count > 1 { result.append(Group(rows: group)) }
        chain = rest
      }
    }
    return result.sorted { $0.rows[0] < $1.rows[0] }
  }

  /// A 64-bit hash of `bytes` (FNV-1a over 8-byte words, then mixed): the same in every run.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    let raw = UnsafeRawBufferPointer(bytes)
    var i = 0
    while i + 8 <= raw.count {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01b3
      h ^= h >> 29
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < raw.count {
      tail |= UInt64(raw[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0x0000_0100_0000_01b3
    // splitmix64 finaliser.
    h = (h ^ (h >> 30)) &* 0xbf58_476d_1ce4_e5b9
    h = (h ^ (h >> 27)) &* 0x94d0_49bb_1331_11eb
    return h ^ (h >> 31)
  }

  /// Lower case, letters only, single spaces. ASCII text (nearly every row) is handled on
  /// bytes; text with other scripts goes through Unicode scalars, so that their letters are
  /// lower-cased and their punctuation dropped too.
  ///
  /// - Complexity: O(bytes).
  static func normalized(_ text: String) -> String {
    var out: [UInt8] = []
    var text = text
    text.withUTF8 { normalize($0, into: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Writes ``normalized(_:)`` of the UTF-8 `text` to `out` (replacing its contents): ASCII
  /// bytes are handled as bytes, other scalars by their lower-case mapping, of which the
  /// alphabetic scalars are kept (as `text.lowercased()` would give them).
  static func normalize(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    out.removeAll(keepingCapacity: true)
    var pendingSpace = false
    @inline(__always) func letter(_ b: UInt8) {
      if pendingSpace && !out.isEmpty { out.append(0x20) }
      pendingSpace = false
      out.append(b)
    }
    var i = 0
    let n = text.count
    while i < n {
      let b = text[i]
      if b < 0x80 {
        if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
          letter(b | 0x20)
        } else {
          pendingSpace = true
        }
        i += 1
        continue
      }
      // A multi-byte scalar (the text is valid UTF-8).
      let length = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2)
      var value = UInt32(b) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
      for k in 1..<length where i + k < n { value = value << 6 | UInt32(text[i + k] & 0x3F) }
      i += length
      // General punctuation (curly quotes, dashes, spaces): never a letter, never cased.
      if value >= 0x2000 && value <= 0x206F {
        pendingSpace = true
        continue
      }
      guard let scalar = Unicode.Scalar(value) else {
        pendingSpace = true
        continue
      }
      // A scalar lower-cases to itself unless it changes (no string is built then).
      guard scalar.properties.changesWhenLowercased else {
        if scalar.properties.isAlphabetic {
          for byte in UTF8.encode(scalar)! { letter(byte) }
        } else {
          pendingSpace = true
        }
        continue
      }
      for lower in scalar.properties.lowercaseMapping.unicodeScalars {
        if lower.properties.isAlphabetic {
          for byte in UTF8.encode(lower)! { letter(byte) }
        } else {
          pendingSpace = true
        }
      }
    }
  }
}
