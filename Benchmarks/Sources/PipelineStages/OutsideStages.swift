import Classifier
import Features

/// Stages outside the files this package's author optimised, measured so that their owners
/// can weigh a change: the training command's label-quality pass, with a byte-level
/// version of its text normalisation that gives the same strings.
public func outsideStages(_ data: PipelineData) -> [Stage] {
  [
    Stage(name: "label-quality", items: data.corpus.count, unit: "rows") {
      LabelQuality(corpus: data.corpus).nearDuplicates.count
    },
    Stage(name: "normalize-as-label-quality", items: data.corpus.count, unit: "rows") {
      var total = 0
      for text in data.corpus.texts { total += slowNormalized(text).utf8.count }
      return total
    },
    Stage(name: "normalize-bytes", items: data.corpus.count, unit: "rows") {
      var total = 0
      for text in data.corpus.texts { total += fastNormalized(text).utf8.count }
      return total
    },
    Stage(name: "normalize-mismatches", items: data.corpus.count, unit: "rows") {
      data.corpus.texts.reduce(0) { $0 + (fastNormalized($1) == slowNormalized($1) ? 0 : 1) }
    },
  ]
}

/// `LabelQuality.normalized` as written: lower case, letters only, single spaces.
public func slowNormalized(_ text: String) -> String {
  text.lowercased().unicodeScalars.map { $0.properties.isAlphabetic ? String($0) : " " }.joined()
    .split(separator: " ").joined(separator: " ")
}

/// The same result from one pass over the UTF-8 bytes: ASCII letters are lower-cased in
/// place, any other scalar goes through its lowercase mapping and the alphabetic test, and
/// runs of non-letters become one space between words.
public func fastNormalized(_ text: String) -> String {
  var out: [UInt8] = []
  var pendingSpace = false
  var copy = text
  copy.withUTF8 { bytes in
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        let l = b | 0x20
        if l >= 0x61 && l <= 0x7A {
          if pendingSpace && !out.isEmpty { out.append(0x20) }
          pendingSpace = false
          out.append(l)
        } else {
          pendingSpace = true
        }
        i += 1
        continue
      }
      let width = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2)
      let scalar = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[i..<min(i + width, bytes.count)]),
        as: UTF8.self)
      for s in scalar.unicodeScalars {
        for l in s.properties.lowercaseMapping.unicodeScalars {
          if l.properties.isAlphabetic {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: String(l).utf8)
          } else {
            pendingSpace = true
          }
        }
      }
      i += width
    }
  }
  return String(decoding: out, as: UTF8.self)
}
