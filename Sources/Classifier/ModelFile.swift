import Features
import Foundation
import FramingSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and writing a ``FramingModel`` as one safetensors file.
///
/// Tensors (all little-endian):
/// | name | dtype | shape | content |
/// |---|---|---|---|
/// | `weights` | F64 | [features, labels] | weight of feature `j` for label `k` at `[j, k]` |
/// | `bias` | F64 | [labels] | intercepts |
/// | `idf` | F64 | [features] | inverse document frequencies |
/// | `vocabulary_bytes` | U8 | [bytes] | the terms' UTF-8 bytes back to back, in column order |
/// | `vocabulary_offsets` | I64 | [features + 1] | term `j` is bytes `offsets[j] ..< offsets[j + 1]` |
///
/// Metadata: `format` (`framing-model`), `format_version` (`1`), `labels` (a JSON array),
/// `tokenizer` (`words-v1`, `+names-v1` with a gazetteer, `+not-v1` with negation marks
/// from the lexicon), every vectorizer option under `tfidf.`, training facts
/// under `training.`, and `checksum` (`crc32:` and 8 hex digits, see
/// ``Safetensors/checksum(excludingMetadata:)``), so that a damaged or edited file is
/// refused instead of giving different predictions.
public enum ModelFile {
  /// The format version this build writes and reads.
  public static let formatVersion = "1"
  /// The tokenizer this build implements.
  public static let tokenizerName = "words-v1"
  /// The metadata key of the checksum.
  public static let checksumKey = "checksum"

  /// The file's bytes for `model`; the same model always gives the same bytes.
  public static func encode(_ model: FramingModel) throws -> [UInt8] {
    let v = model.vectorizer
    var vocabularyBytes: [UInt8] = []
    var offsets: [Int] = [0]
    for j in 0..<v.featureCount {
      vocabularyBytes.append(contentsOf: v.vocabulary.bytes(of: j))
      offsets.append(vocabularyBytes.count)
    }
    var metadata: [String: String] = [
      "format": "framing-model", "format_version": formatVersion,
      "labels": try jsonString(model.labels), "tokenizer": v.tokenizer.modelName,
      "tfidf.document_count": String(v.documentCount),
    ]
    for (key, value) in v.options.metadata { metadata["tfidf." + key] = value }
    for (key, value) in model.training { metadata["training." + key] = value }
    let k = model.labels.count
    let ngramWeights = Array(model.regression.weights[0..<(v.featureCount * k)])
    var tensors: [String: Safetensors.Tensor] = [
      "weights": .float64(ngramWeights, shape: [v.featureCount, k]),
      "bias": .float64(model.regression.bias, shape: [k]),
      "idf": .float64(v.idf, shape: [v.featureCount]),
      "vocabulary_bytes": Safetensors.Tensor(
        dtype: .u8, shape: [vocabularyBytes.count], data: vocabularyBytes),
      "vocabulary_offsets": .int64(offsets),
    ]
    if let block = model.lexicon {
      let lexicon = block.lexicon
      let (entryBytes, entryOffsets) = packStrings(lexicon.entries)
      tensors["lexicon_weights"] = .float64(
        Array(model.regression.weights[(v.featureCount * k)...]), shape: [block.columnCount, k])
      tensors["lexicon_idf"] = .float64(block.idf, shape: [block.columnCount])
      tensors["lexicon_bytes"] = Safetensors.Tensor(
        dtype: .u8, shape: [entryBytes.count], data: entryBytes)
      tensors["lexicon_offsets"] = .int64(entryOffsets)
      tensors["lexicon_classes"] = .int64(lexicon.entryClasses)
      metadata["lexicon.classes"] = try jsonString(lexicon.classes)
      metadata["lexicon.weight"] = String(block.weight)
      metadata["lexicon.negation_scope"] = String(lexicon.negationScope)
      metadata["lexicon.sublinear_tf"] = String(block.sublinearTF)
    }
    if let names = v.tokenizer.names {
      let (bytes, offsets) = packStrings(names.names)
      tensors["names_bytes"] = Safetensors.Tensor(dtype: .u8, shape: [bytes.count], data: bytes)
      tensors["names_offsets"] = .int64(offsets)
      tensors["names_classes"] = .int64(names.nameClasses)
      metadata["names.classes"] = try jsonString(names.classes)
    }
    var container = Safetensors(metadata: metadata, tensors: tensors)
    container.metadata[checksumKey] = checksumText(
      container.checksum(excludingMetadata: checksumKey))
    return try container.encoded()
  }

  /// Decodes and validates a model file's bytes.
  ///
  /// - Throws: ``ModelFileError`` naming `path` and what is wrong.
  public static func decode(_ bytes: [UInt8], path: String) throws -> FramingModel {
    let container = try Safetensors(bytes: bytes, path: path)
    let meta = container.metadata
    func corrupt(_ detail: String) -> ModelFileError { .corrupt(path: path, detail: detail) }
    guard meta["format"] == "framing-model" else {
      throw corrupt(
        "metadata 'format' is '\(meta["format"] ?? "missing")', expected 'framing-model'")
    }
    guard let version = meta["format_version"] else {
      throw corrupt("no format_version in metadata")
    }
    guard version == formatVersion else {
      throw ModelFileError.unsupportedVersion(path: path, found: version, supported: formatVersion)
    }
    guard let stored = meta[checksumKey] else {
      throw corrupt("no checksum in metadata; train the model again with this build")
    }
    // The checksum is worked out beside the rest of the decoding; a mismatch is reported
    // before anything the rest finds wrong, as when it came first.
    let (computed, decoded) = Parallel.both(
      { checksumText(container.checksum(excludingMetadata: checksumKey)) },
      { Result { try decodeContent(container, path: path) } })
    #if !FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION  // fuzzers reach the checks of the rest
      guard stored == computed else {
        throw corrupt(
          "checksum is '\(stored)' but the content gives '\(computed)'; the file is damaged")
      }
    #else
      _ = computed
    #endif
    return try decoded.get()
  }

  /// The model in a container whose format, version and checksum entry were checked.
  private static func decodeContent(_ container: Safetensors, path: String) throws
    -> FramingModel
  {
    let meta = container.metadata
    func corrupt(_ detail: String) -> ModelFileError { .corrupt(path: path, detail: detail) }
    var tokenizer = Tokenizer()
    var negationMarks = false
    switch meta["tokenizer"] {
    case tokenizerName: break
    case tokenizerName + "+names-v1":
      tokenizer.names = try decodeNames(container, path: path)
    case tokenizerName + "+not-v1":
      negationMarks = true
    case tokenizerName + "+names-v1+not-v1":
      tokenizer.names = try decodeNames(container, path: path)
      negationMarks = true
    default:
      throw corrupt(
        "tokenizer '\(meta["tokenizer"] ?? "missing")' is not '\(tokenizerName)' with '+names-v1' and '+not-v1' or without"
      )
    }
    guard let labelsText = meta["labels"], let labelsData = labelsText.data(using: .utf8),
      let labels = (try? JSONSerialization.jsonObject(with: labelsData)) as? [String],
      labels.count >= 2, Set(labels).count == labels.count, labels.allSatisfy({ !$0.isEmpty })
    else { throw corrupt("metadata 'labels' is not a list of at least two distinct names") }
    // Labels reach terminals, tables and file names: no control characters (NUL, escape
    // sequences, line breaks).
    guard
      labels.allSatisfy({
        $0.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control }
      })
    else { throw corrupt("a label holds a control character") }
    var tfidf: [String: String] = [:]
    var training: [String: String] = [:]
    for (key, value) in meta {
      if key.hasPrefix("tfidf.") { tfidf[String(key.dropFirst(6))] = value }
      if key.hasPrefix("training.") { training[String(key.dropFirst(9))] = value }
    }
    guard let options = TFIDFOptions(metadata: tfidf) else {
      throw corrupt("vectorizer options are missing or invalid")
    }
    guard let documentCount = tfidf["document_count"].flatMap({ Int($0) }), documentCount >= 0
    else {
      throw corrupt("tfidf.document_count is missing")
    }

    func tensor(_ name: String, _ dtype: Safetensors.DType, rank: Int) throws -> Safetensors.Tensor
    {
      guard let t = container.tensors[name] else { throw corrupt("tensor '\(name)' is missing") }
      guard t.dtype == dtype, t.shape.count == rank else {
        throw corrupt(
          "tensor '\(name)' is \(t.dtype.rawValue)\(t.shape), expected \(dtype.rawValue) of rank \(rank)"
        )
      }
      return t
    }
    let weights = try tensor("weights", .f64, rank: 2)
    let bias = try tensor("bias", .f64, rank: 1)
    let idf = try tensor("idf", .f64, rank: 1)
    let vocabularyBytes = try tensor("vocabulary_bytes", .u8, rank: 1)
    let offsetsTensor = try tensor("vocabulary_offsets", .i64, rank: 1)
    let d = weights.shape[0]
    let k = labels.count
    guard weights.shape[1] == k, bias.shape[0] == k else {
      throw corrupt("weights \(weights.shape) and bias \(bias.shape) do not match \(k) labels")
    }
    guard idf.shape[0] == d, offsetsTensor.shape[0] == d + 1 else {
      throw corrupt(
        "idf \(idf.shape) and vocabulary_offsets \(offsetsTensor.shape) do not match \(d) features")
    }
    // Room for the lexicon block's weights, appended below without a copy.
    let hasLexicon = meta["lexicon.classes"] != nil || container.tensors["lexicon_weights"] != nil
    let lexiconRoom = hasLexicon ? (container.tensors["lexicon_weights"]?.data.count ?? 0) / 8 : 0
    var w = weights.float64Values(reservingCapacity: lexiconRoom)
    let b = bias.float64Values
    let idfValues = idf.float64Values
    guard w.allSatisfy(\.isFinite), b.allSatisfy(\.isFinite),
      idfValues.allSatisfy({ $0.isFinite && $0 > 0 })
    else {
      throw corrupt("weights, bias or idf hold a value that is not finite (or idf not positive)")
    }
    guard w.allSatisfy({ abs($0) <= maximumWeight }), b.allSatisfy({ abs($0) <= maximumWeight }),
      idfValues.allSatisfy({ $0 <= maximumWeight })
    else {
      throw corrupt(
        "weights, bias or idf hold a value beyond ±\(maximumWeight), which no training gives"
          + " and which would overflow the scores")
    }
    let offsets = offsetsTensor.int64Values
    guard offsets.first == 0, offsets.last == Int64(vocabularyBytes.data.count) else {
      throw corrupt("vocabulary_offsets do not span vocabulary_bytes")
    }
    var termOffsets = [Int](repeating: 0, count: d + 1)
    var previous: UnsafeBufferPointer<UInt8>? = nil
    try vocabularyBytes.data.withUnsafeBufferPointer { all in
      for j in 0..<d {
        let s = Int(offsets[j])
        let e = Int(offsets[j + 1])
        guard s < e, e <= all.count else {
          throw corrupt("vocabulary term \(j) has an empty or reversed range")
        }
        let term = UnsafeBufferPointer(rebasing: all[s..<e])
        guard UTF8Validation.firstInvalidByte(in: term) == nil else {
          throw corrupt("vocabulary term \(j) is not valid UTF-8")
        }
        if let previous, !previous.lexicographicallyPrecedes(term) {
          throw corrupt("vocabulary terms are not unique and in byte order at term \(j)")
        }
        previous = term
        termOffsets[j + 1] = e
      }
    }
    // The vectorizer's tables and the lexicon's are built at the same time; the first
    // throws nothing, so the errors are those of the lexicon, as when one came after the other.
    var (vectorizer, block) = Parallel.both(
      {
        TFIDFVectorizer(
          options: options, termBytes: vocabularyBytes.data, termOffsets: termOffsets,
          idf: idfValues, documentCount: documentCount, tokenizer: tokenizer)
      },
      {
        hasLexicon
          ? Result { try decodeLexicon(container, labels: k, path: path, tensor: tensor) } : nil
      })
    var lexicon: LexiconFeatures? = nil
    if let block = try block?.get() {
      w += block.weights
      lexicon = block.features
    }
    if negationMarks {
      // The negation marks come from the lexicon's `negation` class.
      guard let lexicon, lexicon.lexicon.negationClass != nil else {
        throw corrupt("tokenizer '+not-v1' needs a lexicon with a 'negation' class")
      }
      tokenizer.negation = lexicon.lexicon
      vectorizer = vectorizer.replacingTokenizer(tokenizer)
    }
    let regression = SoftmaxRegression(
      featureCount: d + (lexicon?.columnCount ?? 0), classCount: k, weights: w, bias: b)
    return FramingModel(
      labels: labels, vectorizer: vectorizer, lexicon: lexicon, regression: regression,
      training: training)
  }

  /// Loads the model at `path`.
  ///
  /// - Throws: ``ModelFileError/missing(path:)`` with advice on training one, or what
  ///   ``decode(_:path:)`` throws.
  public static func load(path: String) throws -> FramingModel {
    try decode(readBytes(path: path), path: path)
  }

  /// The bytes of the model file at `path`.
  ///
  /// - Throws: ``ModelFileError/missing(path:)`` or ``ModelFileError/io(path:detail:)``.
  static func readBytes(path: String) throws -> [UInt8] {
    var info = stat()
    if lstat(path, &info) != 0 { throw ModelFileError.missing(path: path) }
    guard stat(path, &info) == 0 else {
      throw ModelFileError.io(
        path: path, detail: "is a symbolic link that loops or leads nowhere; give a model file")
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw ModelFileError.io(path: path, detail: "is a directory, not a model file")
    default:
      throw ModelFileError.io(
        path: path, detail: "is not a regular file (a FIFO, device or socket); give a model file")
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw ModelFileError.io(
        path: path, detail: "cannot be opened (\(String(cString: strerror(errno))))")
    }
    defer { close(fd) }
    // The 8-byte header length first: a file that is not a model is refused before the
    // rest of it is read.
    var head = [UInt8](repeating: 0, count: 8)
    let got = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 8, 0) }
    if got == 8 {
      let length = head.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
      guard length >= 2, length <= UInt64(Safetensors.maximumHeaderLength) else {
        throw ModelFileError.corrupt(path: path, detail: "header length \(length) is out of range")
      }
    }
    guard info.st_size <= ModelFile.maximumFileSize else {
      throw ModelFileError.io(
        path: path,
        detail:
          "is \(info.st_size >> 20) MB, over the limit of \(ModelFile.maximumFileSize >> 20) MB"
          + " for a model file")
    }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var count = 0
    while count < bytes.count {
      let n = bytes.withUnsafeMutableBytes {
        pread(fd, $0.baseAddress! + count, $0.count - count, off_t(count))
      }
      if n < 0 && errno == EINTR { continue }
      if n < 0 {
        throw ModelFileError.io(
          path: path, detail: "cannot be read (\(String(cString: strerror(errno))))")
      }
      if n == 0 { break }
      count += n
    }
    bytes.removeLast(bytes.count - count)
    return bytes
  }

  /// Largest magnitude of a weight, bias or idf accepted at load (trained models stay far
  /// below it; beyond it, scores could overflow to infinity and give no probabilities).
  public static let maximumWeight = 1e6

  /// Largest model file read (4 GiB): far above any model `train` writes.
  public static let maximumFileSize: Int64 = 4 << 30

  /// Writes `model` to `path` atomically: into a temporary file in the same folder,
  /// flushed to disk, then renamed over `path`. An interrupted write leaves the previous
  /// file as it was.
  public static func write(_ model: FramingModel, to path: String) throws {
    do {
      try AtomicFile.write(encode(model), to: path)
    } catch SupportError.io(let path, let detail) {
      throw ModelFileError.io(path: path, detail: detail)
    }
  }

  /// A short, stable id of a model file's bytes (16 hex digits).
  public static func identifier(of bytes: [UInt8]) -> String {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01B3
    }
    return String(h, radix: 16).leftPadded(to: 16)
  }

  /// `crc32:` and the checksum as 8 lower-case hex digits.
  static func checksumText(_ crc: UInt32) -> String {
    "crc32:" + String(crc, radix: 16).leftPadded(to: 8)
  }

  static func jsonString(_ value: Any) throws -> String {
    String(
      decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]),
      as: UTF8.self)
  }
}

extension String {
  func leftPadded(to width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
