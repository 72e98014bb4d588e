/// Finds the columns of the n-grams of a token sequence without building their bytes.
///
/// Tokens map to ids through a ``TermTable``; an n-gram of two or more tokens is keyed by
/// the pair (code of its first `n − 1` tokens, id of its last token) in a ``PairTable``,
/// so a bigram costs one integer lookup. An n-gram's code is its first token's id for a
/// unigram and `multiFlag | index` otherwise. The index holds every kept term and every
/// prefix of one, so the walk over the lengths at a position stops at the first prefix
/// that no term starts with; it reports exactly the n-grams whose bytes (tokens joined by
/// one space) are terms of the vocabulary.
struct NGramIndex: Sendable {
  /// Marks the code of an n-gram of two or more tokens.
  static let multiFlag: UInt32 = 1 << 31

  private(set) var tokens: TermTable
  private var tokenColumn: [Int32]
  private var pairs: PairTable
  private var multiColumn: [Int32]
  let minN: Int
  let maxN: Int

  /// An index with no terms.
  init(minN: Int, maxN: Int) {
    tokens = TermTable(capacity: 16)
    tokenColumn = []
    pairs = PairTable(capacity: 16)
    multiColumn = []
    self.minN = minN
    self.maxN = maxN
  }

  /// The index of `vocabulary`, whose term `c` is column `c`: the terms are split at
  /// spaces into tokens.
  ///
  /// The single-token terms go in first, all at once (they are unique, so no two are
  /// compared); then the longer terms, whose tokens are mostly those. Consecutive terms
  /// (in byte order) often share their first token, which is then looked up once.
  ///
  /// - Complexity: O(bytes of the vocabulary).
  init(vocabulary: TermTable, minN: Int, maxN: Int) {
    self.init(minN: minN, maxN: maxN)
    var singleBytes: [UInt8] = []
    var singleOffsets = [0]
    var singleColumns: [Int32] = []
    var spaces = 0
    for c in 0..<vocabulary.count {
      vocabulary.withBytes(of: c) { term in
        var n = 0
        for b in term where b == 0x20 { n += 1 }
        if n == 0 {
          singleBytes.append(contentsOf: term)
          singleOffsets.append(singleBytes.count)
          singleColumns.append(Int32(c))
        }
        spaces += n
      }
    }
    // Sized by what goes in, so that the tables never grow (each growth rehashes and
    // touches fresh memory): a pair per space at most; tokens that occur only inside
    // longer terms (rare) make the token table grow.
    tokens = TermTable(uniqueTerms: singleBytes, offsets: singleOffsets)
    tokenColumn = singleColumns
    pairs = PairTable(capacity: max(16, spaces))
    multiColumn.reserveCapacity(spaces)
    guard spaces > 0 else { return }
    var firstEnd = -1  // length of the first token of the previous multi-token term
    var firstID: Int32 = -1
    var previous = -1
    for c in 0..<vocabulary.count {
      vocabulary.withBytes(of: c) { term in
        guard let space = term.firstIndex(of: 0x20) else { return }
        let sameFirst =
          previous >= 0 && firstEnd == space
          && vocabulary.withBytes(of: previous) {
            memcmpBytes($0.baseAddress!, term.baseAddress!, space)
          }
        let t: Int32
        if sameFirst {
          t = firstID
        } else {
          let (id, inserted) = tokens.insert(UnsafeBufferPointer(rebasing: term[0..<space]))
          if inserted { tokenColumn.append(-1) }
          t = id
        }
        firstEnd = space
        firstID = t
        previous = c
        var code = UInt32(t)
        var start = space + 1
        for i in (space + 1)...term.count where i == term.count || term[i] == 0x20 {
          let (t, inserted) = tokens.insert(UnsafeBufferPointer(rebasing: term[start..<i]))
          if inserted { tokenColumn.append(-1) }
          let (m, new) = pairs.insert(PairTable.key(code, UInt32(t)))
          if new { multiColumn.append(-1) }
          code = NGramIndex.multiFlag | UInt32(m)
          start = i + 1
        }
        multiColumn[Int(code & ~NGramIndex.multiFlag)] = Int32(c)
      }
    }
  }

  /// Replaces `ids` by the token id of each token of `buffer` (-1 for an unknown token).
  @inline(__always)
  func tokenIDs(of buffer: TokenBuffer, into ids: inout [Int32]) {
    ids.removeAll(keepingCapacity: true)
    buffer.bytes.withUnsafeBufferPointer { bytes in
      for t in buffer.tokens {
        ids.append(tokens.find(UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])))
      }
    }
  }

  /// Calls `body` with the column, first token and length of every n-gram of the token
  /// sequence `ids` that is a term, in order of position then length.
  @inline(__always)
  func forEachColumn(of ids: [Int32], _ body: (Int32, Int, Int) -> Void) {
    let count = ids.count
    let minN = self.minN
    let maxN = self.maxN
    ids.withUnsafeBufferPointer { ids in
      tokenColumn.withUnsafeBufferPointer { tokenColumn in
        multiColumn.withUnsafeBufferPointer { multiColumn in
          for first in 0..<count {
            let t = ids[first]
            if t < 0 { continue }
            if minN <= 1 {
              let c = tokenColumn[Int(t)]
              if c >= 0 { body(c, first, 1) }
            }
            var code = UInt32(t)
            var length = 1
            while length < maxN && first + length < count {
              let next = ids[first + length]
              if next < 0 { break }
              let m = pairs.find(PairTable.key(code, UInt32(next)))
              if m < 0 { break }
              length += 1
              if length >= minN {
                let c = multiColumn[Int(m)]
                if c >= 0 { body(c, first, length) }
              }
              code = NGramIndex.multiFlag | UInt32(m)
            }
          }
        }
      }
    }
  }
}
