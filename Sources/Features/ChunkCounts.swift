/// The counts of one chunk of documents, with ids of its own (see ``CorpusCounts``).
struct ChunkCounts {
  var tokenTable = TermTable(capacity: 1 << 12)
  var pairs = PairTable(capacity: 1 << 12)
  var multiParent: [UInt32] = []
  var multiLast: [Int32] = []
  var multiLength: [UInt8] = []
  var tokenTF: [Int64] = []
  var tokenDF: [Int32] = []
  var multiTF: [Int64] = []
  var multiDF: [Int32] = []
  /// Word tokens counted, repeats included.
  var tokenOccurrences = 0
  /// The code of every occurrence of a term, document after document.
  var terms: [UInt32] = []
  /// Where each document's codes end in ``terms``.
  var rowEnds: [Int] = []

  /// Counts the documents `documents`, whose tokens `tokens(i, &buffer)` appends.
  init(documents: Range<Int>, options: TFIDFOptions, tokens: (Int, inout TokenBuffer) -> Void) {
    let minN = options.minN
    let maxN = options.maxN
    var buffer = TokenBuffer()
    var ids: [Int32] = []
    var tokenSeen: [Int32] = []
    var multiSeen: [Int32] = []
    rowEnds.reserveCapacity(documents.count)
    for doc in documents {
      let local = Int32(doc - documents.lowerBound)
      buffer.removeAll()
      tokens(doc, &buffer)
      ids.removeAll(keepingCapacity: true)
      buffer.bytes.withUnsafeBufferPointer { bytes in
        for t in buffer.tokens {
          let (id, inserted) = tokenTable.insert(
            UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)]))
          if inserted {
            tokenTF.append(0)
            tokenDF.append(0)
            tokenSeen.append(-1)
          }
          ids.append(id)
        }
      }
      let n = ids.count
      tokenOccurrences += n
      for first in 0..<n {
        let t = Int(ids[first])
        if minN <= 1 {
          tokenTF[t] += 1
          if tokenSeen[t] != local {
            tokenSeen[t] = local
            tokenDF[t] += 1
          }
          terms.append(UInt32(t))
        }
        var code = UInt32(t)
        var length = 1
        while length < maxN && first + length < n {
          let next = ids[first + length]
          let (m, inserted) = pairs.insert(PairTable.key(code, UInt32(next)))
          length += 1
          let i = Int(m)
          if inserted {
            multiParent.append(code)
            multiLast.append(next)
            multiLength.append(UInt8(length))
            multiTF.append(0)
            multiDF.append(0)
            multiSeen.append(-1)
          }
          code = NGramIndex.multiFlag | UInt32(m)
          if length >= minN {
            multiTF[i] += 1
            if multiSeen[i] != local {
              multiSeen[i] = local
              multiDF[i] += 1
            }
            terms.append(code)
          }
        }
      }
      rowEnds.append(terms.count)
    }
  }
}
