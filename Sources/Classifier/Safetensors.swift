import Foundation

/// The safetensors container: an 8-byte little-endian header length, a JSON header that
/// maps tensor names to dtype, shape and byte range, then the raw little-endian data.
///
/// ```
/// [u64 N][N bytes of JSON, space-padded][tensor bytes ...]
/// {"__metadata__": {"key": "value", ...},
///  "name": {"dtype": "F64", "shape": [3, 4], "data_offsets": [begin, end]}, ...}
/// ```
/// Offsets are relative to the start of the data; tensors tile the data with no gap or
/// overlap. This type reads and writes the container and checks every one of those rules.
public struct Safetensors: Sendable {
  /// Element types used by Framing.
  public enum DType: String, Sendable {
    case f64 = "F64"
    case f32 = "F32"
    case i64 = "I64"
    case u8 = "U8"

    var size: Int {
      switch self {
      case .f64, .i64: return 8
      case .f32: return 4
      case .u8: return 1
      }
    }
  }

  /// One tensor: dtype, shape and its raw little-endian bytes.
  public struct Tensor: Sendable {
    public var dtype: DType
    public var shape: [Int]
    public var data: [UInt8]

    public init(dtype: DType, shape: [Int], data: [UInt8]) {
      self.dtype = dtype
      self.shape = shape
      self.data = data
    }

    /// A 1-D or 2-D `F64` tensor.
    public static func float64(_ values: [Double], shape: [Int]) -> Tensor {
      var data = [UInt8](repeating: 0, count: values.count * 8)
      data.withUnsafeMutableBytes { raw in
        for (i, v) in values.enumerated() {
          raw.storeBytes(of: v.bitPattern.littleEndian, toByteOffset: i * 8, as: UInt64.self)
        }
      }
      return Tensor(dtype: .f64, shape: shape, data: data)
    }

    /// A 1-D `I64` tensor.
    public static func int64(_ values: [Int]) -> Tensor {
      var data = [UInt8](repeating: 0, count: values.count * 8)
      data.withUnsafeMutableBytes { raw in
        for (i, v) in values.enumerated() {
          raw.storeBytes(of: Int64(v).littleEndian, toByteOffset: i * 8, as: Int64.self)
        }
      }
      return Tensor(dtype: .i64, shape: [values.count], data: data)
    }

    /// The elements of an `F64` tensor.
    public var float64Values: [Double] { float64Values(reservingCapacity: 0) }

    /// The elements of an `F64` tensor, in an array with room for `extra` more (so that
    /// appending them copies nothing).
    public func float64Values(reservingCapacity extra: Int) -> [Double] {
      precondition(dtype == .f64 && extra >= 0)
      let n = data.count / 8
      return [Double](unsafeUninitializedCapacity: n + extra) { buffer, count in
        data.withUnsafeBytes { raw in
          for i in 0..<n {
            buffer.initializeElement(
              at: i,
              to: Double(
                bitPattern: UInt64(
                  littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))))
          }
        }
        count = n
      }
    }

    /// The elements of an `I64` tensor.
    public var int64Values: [Int64] {
      precondition(dtype == .i64)
      return data.withUnsafeBytes { raw in
        (0..<(data.count / 8)).map {
          Int64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self))
        }
      }
    }
  }

  /// String metadata (`__metadata__`).
  public var metadata: [String: String]
  /// Tensors by name.
  public var tensors: [String: Tensor]

  public init(metadata: [String: String], tensors: [String: Tensor]) {
    self.metadata = metadata
    self.tensors = tensors
  }

  /// Headers larger than this are refused before anything is allocated for them.
  public static let maximumHeaderLength = 64 << 20
  /// Most tensors a header may name (a Framing model has 13 at most).
  public static let maximumTensorCount = 256

  // MARK: Writing

  /// The file's bytes. Tensors are laid out in name order and the JSON keys sorted, so
  /// that the same content always gives the same bytes.
  public func encoded() throws -> [UInt8] {
    var header: [String: Any] = ["__metadata__": metadata]
    var offset = 0
    let names = tensors.keys.sorted()
    for name in names {
      let t = tensors[name]!
      header[name] = [
        "dtype": t.dtype.rawValue, "shape": t.shape,
        "data_offsets": [offset, offset + t.data.count],
      ]
      offset += t.data.count
    }
    var json = [UInt8](try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys]))
    while (8 + json.count) % 8 != 0 { json.append(0x20) }
    var out = [UInt8]()
    out.reserveCapacity(8 + json.count + offset)
    withUnsafeBytes(of: UInt64(json.count).littleEndian) { out.append(contentsOf: $0) }
    out.append(contentsOf: json)
    for name in names { out.append(contentsOf: tensors[name]!.data) }
    return out
  }

  // MARK: Reading

  /// Parses and checks a container.
  ///
  /// - Throws: ``ModelFileError/truncated(path:detail:)`` when the bytes end early,
  ///   ``ModelFileError/corrupt(path:detail:)`` for anything malformed.
  public init(bytes: [UInt8], path: String) throws {
    guard bytes.count >= 8 else {
      throw ModelFileError.truncated(
        path: path, detail: "\(bytes.count) bytes, the header length alone takes 8")
    }
    let headerLength = bytes.withUnsafeBytes {
      UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))
    }
    guard headerLength >= 2, headerLength <= UInt64(Safetensors.maximumHeaderLength) else {
      throw ModelFileError.corrupt(
        path: path, detail: "header length \(headerLength) is out of range")
    }
    let headerEnd = 8 + Int(headerLength)
    guard headerEnd <= bytes.count else {
      throw ModelFileError.truncated(
        path: path, detail: "header of \(headerLength) bytes announced, \(bytes.count - 8) present")
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(bytes[8..<headerEnd]))
    } catch {
      throw ModelFileError.corrupt(path: path, detail: "the header is not valid JSON")
    }
    guard let header = object as? [String: Any] else {
      throw ModelFileError.corrupt(path: path, detail: "the header is not a JSON object")
    }
    guard header.count <= Safetensors.maximumTensorCount + 1 else {
      throw ModelFileError.corrupt(
        path: path,
        detail: "the header names \(header.count - 1) tensors; a model has at most"
          + " \(Safetensors.maximumTensorCount)")
    }
    var metadata: [String: String] = [:]
    if let raw = header["__metadata__"] {
      guard let dict = raw as? [String: Any] else {
        throw ModelFileError.corrupt(path: path, detail: "__metadata__ is not an object")
      }
      for (key, value) in dict {
        guard let s = value as? String else {
          throw ModelFileError.corrupt(path: path, detail: "metadata '\(key)' is not a string")
        }
        metadata[key] = s
      }
    }
    let dataLength = bytes.count - headerEnd
    var ranges: [(Int, Int, String)] = []
    var tensors: [String: Tensor] = [:]
    for (name, raw) in header where name != "__metadata__" {
      guard let entry = raw as? [String: Any],
        let dtypeName = entry["dtype"] as? String,
        let shapeAny = entry["shape"] as? [Any],
        let offsetsAny = entry["data_offsets"] as? [Any], offsetsAny.count == 2
      else {
        throw ModelFileError.corrupt(
          path: path, detail: "tensor '\(name)' has no dtype, shape or data_offsets")
      }
      guard let dtype = DType(rawValue: dtypeName) else {
        throw ModelFileError.corrupt(
          path: path, detail: "tensor '\(name)' has unsupported dtype '\(dtypeName)'")
      }
      let shape = try shapeAny.map { value -> Int in
        guard let n = Safetensors.integer(value), n >= 0, n <= Int(Int32.max) else {
          throw ModelFileError.corrupt(path: path, detail: "tensor '\(name)' has an invalid shape")
        }
        return n
      }
      guard let begin = Safetensors.integer(offsetsAny[0]),
        let end = Safetensors.integer(offsetsAny[1]),
        begin >= 0, end >= begin
      else {
        throw ModelFileError.corrupt(
          path: path, detail: "tensor '\(name)' has invalid data_offsets")
      }
      var elements = 1
      for dim in shape {
        let (product, overflow) = elements.multipliedReportingOverflow(by: dim)
        guard !overflow, product <= Int(Int32.max) else {
          throw ModelFileError.corrupt(
            path: path, detail: "tensor '\(name)' claims too many elements")
        }
        elements = product
      }
      guard elements * dtype.size == end - begin else {
        throw ModelFileError.corrupt(
          path: path,
          detail: "tensor '\(name)' has \(end - begin) bytes for shape \(shape) of \(dtypeName)")
      }
      guard end <= dataLength else {
        throw ModelFileError.truncated(
          path: path,
          detail: "tensor '\(name)' ends at data byte \(end), only \(dataLength) present")
      }
      ranges.append((begin, end, name))
      tensors[name] = Tensor(
        dtype: dtype, shape: shape, data: Array(bytes[(headerEnd + begin)..<(headerEnd + end)]))
    }
    ranges.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    var expected = 0
    for (begin, end, name) in ranges {
      guard begin == expected else {
        throw ModelFileError.corrupt(
          path: path, detail: "tensor '\(name)' overlaps another or leaves a gap")
      }
      expected = end
    }
    guard expected == dataLength else {
      throw ModelFileError.corrupt(
        path: path, detail: "\(dataLength - expected) bytes after the last tensor")
    }
    self.metadata = metadata
    self.tensors = tensors
  }

  // MARK: Checksum

  /// A CRC-32 (zlib's, as Python's `zlib.crc32`) of everything the container holds except
  /// the metadata entry `excluded`, so that the checksum can be stored in that entry.
  ///
  /// The bytes summed are, each string as its UTF-8 bytes and each number as a
  /// little-endian `u64`:
  /// ```
  /// for key in sorted(metadata) if key != excluded:
  ///     len(key) key len(value) value
  /// for name in sorted(tensors):
  ///     len(name) name len(dtype) dtype rank shape[0] ... shape[rank-1] len(data) data
  /// ```
  /// Any change to a key, value, name, dtype, shape or data byte changes that sequence;
  /// CRC-32 catches every change of up to 32 consecutive bits and misses others with
  /// probability 2⁻³².
  ///
  /// - Complexity: O(n) in the number of bytes held.
  public func checksum(excludingMetadata excluded: String) -> UInt32 {
    var crc = CRC32()
    func add(_ n: Int) { withUnsafeBytes(of: UInt64(n).littleEndian) { crc.update($0) } }
    func add(_ s: String) {
      add(s.utf8.count)
      var copy = s
      copy.withUTF8 { crc.update(UnsafeRawBufferPointer($0)) }
    }
    for key in metadata.keys.sorted() where key != excluded {
      add(key)
      add(metadata[key]!)
    }
    for name in tensors.keys.sorted() {
      let t = tensors[name]!
      add(name)
      add(t.dtype.rawValue)
      add(t.shape.count)
      for dim in t.shape { add(dim) }
      add(t.data.count)
      t.data.withUnsafeBytes { crc.update($0) }
    }
    return crc.value
  }

  private static func integer(_ value: Any) -> Int? {
    if let n = value as? Int { return n }
    if let n = value as? NSNumber {
      let d = n.doubleValue
      guard d == d.rounded(), abs(d) < 9.0e15 else { return nil }
      return Int(d)
    }
    return nil
  }
}

/// CRC-32 with the polynomial 0xEDB88320 (reflected), initial value and final xor
/// 0xFFFFFFFF: the checksum of zlib, PNG and Ethernet.
///
/// Eight bytes at a time ("slicing by 8": eight tables of 256 entries), which gives the
/// same value as one byte at a time about five times faster; the model's tensors are
/// checked on every load.
struct CRC32 {
  /// `tables[k * 256 + n]`: the CRC of byte `n` followed by `k` zero bytes.
  private static let tables: [UInt32] = {
    var t = [UInt32](repeating: 0, count: 8 * 256)
    for n in 0..<256 {
      var c = UInt32(n)
      for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
      t[n] = c
    }
    for k in 1..<8 {
      for n in 0..<256 {
        let previous = t[(k - 1) * 256 + n]
        t[k * 256 + n] = t[Int(previous & 0xFF)] ^ (previous >> 8)
      }
    }
    return t
  }()
  private var state: UInt32 = 0xFFFF_FFFF

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    var c = state
    CRC32.tables.withUnsafeBufferPointer { t in
      var i = 0
      let n = bytes.count
      while i + 8 <= n {
        let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        let low = UInt32(truncatingIfNeeded: word) ^ c
        let high = UInt32(truncatingIfNeeded: word >> 32)
        c =
          t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int((low >> 8) & 0xFF)]
          ^ t[5 * 256 + Int((low >> 16) & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
          ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int((high >> 8) & 0xFF)]
          ^ t[256 + Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
        i += 8
      }
      while i < n {
        c = t[Int((c ^ UInt32(bytes[i])) & 0xFF)] ^ (c >> 8)
        i += 1
      }
    }
    state = c
  }

  var value: UInt32 { state ^ 0xFFFF_FFFF }
}
