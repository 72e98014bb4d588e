import Foundation

/// Term and document frequencies of every n-gram of a corpus, gathered chunk by chunk for
/// ``TFIDFVectorizer``'s fit.
///
/// N-grams are identified as in ``NGramIndex``: a code is a token id for a unigram and
/// `NGramIndex.multiFlag | index` for an n-gram of two or more tokens, keyed by (code of
/// its first `n − 1` tokens, id of its last token). Each chunk counts with its own ids
/// (``ChunkCounts``); ``merge(_:)`` adds a chunk to the corpus tables and returns the
/// chunk's ids in them. Merging chunks in their order gives ids and counts that do not
/// depend on how many threads counted them.
struct CorpusCounts {
  let minN: Int
  let maxN: Int
  private var tokens = TermTable(capacity: 1 << 14)
  private var pairs = PairTable(capacity: 1 << 14)
  private var multiParent: [UInt32] = []
  private var multiLast: [Int32] = []
  private var multiLength: [UInt8] = []
  private var tokenTF: [Int64] = []
  private var tokenDF: [Int32] = []
  private var multiTF: [Int64] = []
  private var multiDF: [Int32] = []
  /// Word tokens counted, repeats included.
  private(set) var tokenOccurrences = 0

  init(minN: Int, maxN: Int) {
    self.minN = minN
    self.maxN = maxN
  }

  var tokenCount: Int { tokens.count }
  var multiCount: Int { multiParent.count }

  /// Number of distinct terms (n-grams with `minN ≤ n ≤ maxN`).
  var termCount: Int {
    (minN <= 1 ? tokens.count : 0) + multiLength.reduce(0) { $0 + (Int($1) >= minN ? 1 : 0) }
  }

  /// Adds `chunk`'s counts and rewrites its term codes into corpus codes.
  mutating func merge(_ chunk: inout ChunkCounts) {
    tokenOccurrences += chunk.tokenOccurrences
    let tokenMap: [Int32] = (0..<chunk.tokenTable.count).map { t in
      chunk.tokenTable.withBytes(of: t) { bytes in
        let (id, inserted) = tokens.insert(bytes)
        if inserted {
          tokenTF.append(0)
          tokenDF.append(0)
        }
        tokenTF[Int(id)] += chunk.tokenTF[t]
        tokenDF[Int(id)] += chunk.tokenDF[t]
        return id
      }
    }
    var multiMap = [Int32](repeating: 0, count: chunk.multiParent.count)
    for m in 0..<chunk.multiParent.count {
      let parent = CorpusCounts.translate(chunk.multiParent[m], tokenMap, multiMap)
      let last = tokenMap[Int(chunk.multiLast[m])]
      let (id, inserted) = pairs.insert(PairTable.key(parent, UInt32(last)))
      if inserted {
        multiParent.append(parent)
        multiLast.append(last)
        multiLength.append(chunk.multiLength[m])
        multiTF.append(0)
        multiDF.append(0)
      }
      multiTF[Int(id)] += chunk.multiTF[m]
      multiDF[Int(id)] += chunk.multiDF[m]
      multiMap[m] = id
    }
    chunk.tokenTable = TermTable(capacity: 16)
    chunk.pairs = PairTable(capacity: 16)
    chunk.terms.withUnsafeMutableBufferPointer { terms in
      tokenMap.withUnsafeBufferPointer { tokenMap in
        multiMap.withUnsafeBufferPointer { multiMap in
          for i in 0..<terms.count {
            terms[i] = CorpusCounts.translate(terms[i], tokenMap, multiMap)
          }
        }
      }
    }
  }

  @inline(__always)
  private static func translate<C: RandomAccessCollection<Int32>>(
    _ code: UInt32, _ tokenMap: C, _ multiMap: C
  ) -> UInt32
  where C.Index == Int {
    if code & NGramIndex.multiFlag != 0 {
      return NGramIndex.multiFlag | UInt32(multiMap[Int(code & ~NGramIndex.multiFlag)])
    }
    return UInt32(tokenMap[Int(code)])
  }

  /// The codes of the terms whose document frequency is within `low...high`: unigrams in
  /// token order, then longer n-grams in order of first appearance.
  func candidates(low: Double, high: Double) -> [UInt32] {
    var result: [UInt32] = []
    if minN <= 1 {
      for t in 0..<tokens.count where Double(tokenDF[t]) >= low && Double(tokenDF[t]) <= high {
        result.append(UInt32(t))
      }
    }
    for m in 0..<multiParent.count where Int(multiLength[m]) >= minN {
      let df = Double(multiDF[m])
      if df >= low && df <= high { result.append(NGramIndex.multiFlag | UInt32(m)) }
    }
    return result
  }

  /// Occurrences of the name class tokens (the tokens that start with `_`), over every
  /// token counted, whatever its document frequency.
  func classTokenOccurrences() -> Int64 {
    var total: Int64 = 0
    for t in 0..<tokens.count where tokens.withBytes(of: t, { $0.first == UInt8(ascii: "_") }) {
      total += tokenTF[t]
    }
    return total
  }

  func termFrequency(_ code: UInt32) -> Int64 {
    code & NGramIndex.multiFlag != 0
      ? multiTF[Int(code & ~NGramIndex.multiFlag)] : tokenTF[Int(code)]
  }

  func documentFrequency(_ code: UInt32) -> Int {
    Int(
      code & NGramIndex.multiFlag != 0
        ? multiDF[Int(code & ~NGramIndex.multiFlag)] : tokenDF[Int(code)])
  }

  /// The bytes of the terms `codes` (tokens joined by one space), in that order.
  func bytes(of codes: [UInt32]) -> TermBytes {
    var result = TermBytes()
    result.offsets.reserveCapacity(codes.count + 1)
    for code in codes {
      appendBytes(of: code, to: &result.arena)
      result.offsets.append(result.arena.count)
    }
    return result
  }

  private func appendBytes(of code: UInt32, to arena: inout [UInt8]) {
    if code & NGramIndex.multiFlag != 0 {
      let m = Int(code & ~NGramIndex.multiFlag)
      appendBytes(of: multiParent[m], to: &arena)
      arena.append(0x20)
      tokens.withBytes(of: Int(multiLast[m])) { arena.append(contentsOf: $0) }
    } else {
      tokens.withBytes(of: Int(code)) { arena.append(contentsOf: $0) }
    }
  }
}
