import Features
import Foundation

/// The lexicon block and the gazetteer of a model file, and the string lists both are
/// stored as.
extension ModelFile {
  /// The lexicon block of a model file: metadata `lexicon.classes` (a JSON array),
  /// `lexicon.weight`, `lexicon.negation_scope`, `lexicon.sublinear_tf`; tensors
  /// `lexicon_bytes` and `lexicon_offsets` (the entries as written), `lexicon_classes`
  /// (each entry's class index), `lexicon_idf` and `lexicon_weights` (three columns per
  /// class: plain, negated, after the last contrast).
  static func decodeLexicon(
    _ container: Safetensors, labels k: Int, path: String,
    tensor: (String, Safetensors.DType, Int) throws -> Safetensors.Tensor
  ) throws -> (features: LexiconFeatures, weights: [Double]) {
    let meta = container.metadata
    func corrupt(_ detail: String) -> ModelFileError { .corrupt(path: path, detail: detail) }
    guard let classesText = meta["lexicon.classes"], let data = classesText.data(using: .utf8),
      let classes = (try? JSONSerialization.jsonObject(with: data)) as? [String], !classes.isEmpty,
      classes == classes.sorted(), Set(classes).count == classes.count
    else { throw corrupt("metadata 'lexicon.classes' is not a sorted list of distinct names") }
    guard let weight = meta["lexicon.weight"].flatMap({ Double($0) }), weight.isFinite, weight > 0,
      let scope = meta["lexicon.negation_scope"].flatMap({ Int($0) }), (0...64).contains(scope),
      let sublinear = meta["lexicon.sublinear_tf"].flatMap({ Bool($0) })
    else {
      throw corrupt(
        "lexicon.weight, lexicon.negation_scope or lexicon.sublinear_tf is missing or invalid")
    }
    let weights = try tensor("lexicon_weights", .f64, 2)
    let idf = try tensor("lexicon_idf", .f64, 1)
    let bytes = try tensor("lexicon_bytes", .u8, 1)
    let offsets = try tensor("lexicon_offsets", .i64, 1).int64Values
    let entryClasses = try tensor("lexicon_classes", .i64, 1).int64Values
    let columns = LexiconFeatures.columnsPerClass * classes.count
    guard weights.shape == [columns, k], idf.shape == [columns] else {
      throw corrupt(
        "lexicon_weights \(weights.shape) and lexicon_idf \(idf.shape) do not match \(classes.count) classes"
      )
    }
    let entryCount = entryClasses.count
    guard entryCount > 0, offsets.count == entryCount + 1, offsets.first == 0,
      offsets.last == Int64(bytes.data.count)
    else { throw corrupt("lexicon_offsets do not span lexicon_bytes for every entry") }
    let w = weights.float64Values
    let idfValues = idf.float64Values
    guard w.allSatisfy({ $0.isFinite && abs($0) <= ModelFile.maximumWeight }),
      idfValues.allSatisfy({ $0.isFinite && $0 > 0 && $0 <= ModelFile.maximumWeight })
    else {
      throw corrupt(
        "lexicon_weights or lexicon_idf hold a value that is not finite, not positive (idf) or beyond ±\(ModelFile.maximumWeight)"
      )
    }
    let strings = try unpackStrings(
      bytes.data, offsets: offsets, count: entryCount, what: "lexicon entry", path: path)
    guard entryClasses.allSatisfy({ (0..<Int64(classes.count)).contains($0) }) else {
      throw corrupt("lexicon_classes names a class that 'lexicon.classes' does not have")
    }
    let pairs = zip(strings, entryClasses).map { ($0, classes[Int($1)]) }
    let lexicon: Lexicon
    do {
      lexicon = try Lexicon(pairs: pairs, path: path, negationScope: scope)
    } catch {
      throw corrupt("the lexicon is invalid: \(error)")
    }
    guard lexicon.classes == classes else {
      throw corrupt("the lexicon's entries do not use every class of 'lexicon.classes'")
    }
    return (
      LexiconFeatures(lexicon: lexicon, weight: weight, sublinearTF: sublinear, idf: idfValues), w
    )
  }

  /// The gazetteer of a `words-v1+names-v1` model: metadata `names.classes` (a sorted JSON
  /// array); tensors `names_bytes` and `names_offsets` (the names), `names_classes` (each
  /// name's class index).
  static func decodeNames(_ container: Safetensors, path: String) throws -> NameClasses {
    func corrupt(_ detail: String) -> ModelFileError { .corrupt(path: path, detail: detail) }
    guard let text = container.metadata["names.classes"], let data = text.data(using: .utf8),
      let classes = (try? JSONSerialization.jsonObject(with: data)) as? [String], !classes.isEmpty,
      classes == classes.sorted(), Set(classes).count == classes.count
    else { throw corrupt("metadata 'names.classes' is not a sorted list of distinct names") }
    guard let bytes = container.tensors["names_bytes"], bytes.dtype == .u8, bytes.shape.count == 1,
      let offsets = container.tensors["names_offsets"], offsets.dtype == .i64,
      offsets.shape.count == 1,
      let nameClasses = container.tensors["names_classes"], nameClasses.dtype == .i64,
      nameClasses.shape.count == 1
    else {
      throw corrupt("tensors names_bytes, names_offsets or names_classes are missing or malformed")
    }
    let classIndex = nameClasses.int64Values
    let names = try unpackStrings(
      bytes.data, offsets: offsets.int64Values, count: classIndex.count, what: "name", path: path)
    guard classIndex.allSatisfy({ (0..<Int64(classes.count)).contains($0) }) else {
      throw corrupt("names_classes names a class that 'names.classes' does not have")
    }
    do {
      let gazetteer = try NameClasses(
        pairs: zip(names, classIndex).map { ($0, classes[Int($1)]) }, path: path)
      guard gazetteer.classes == classes else {
        throw corrupt("the names do not use every class of 'names.classes'")
      }
      return gazetteer
    } catch let error as ModelFileError {
      throw error
    } catch {
      throw corrupt("the names are invalid: \(error)")
    }
  }

  /// Strings back to back as UTF-8 bytes, with `count + 1` offsets.
  static func packStrings(_ strings: [String]) -> ([UInt8], [Int]) {
    var bytes: [UInt8] = []
    var offsets = [0]
    for s in strings {
      bytes.append(contentsOf: s.utf8)
      offsets.append(bytes.count)
    }
    return (bytes, offsets)
  }

  /// The `count` strings of ``packStrings(_:)``, checked: offsets that span the bytes,
  /// no empty string, valid UTF-8.
  static func unpackStrings(
    _ bytes: [UInt8], offsets: [Int64], count: Int, what: String, path: String
  ) throws -> [String] {
    func corrupt(_ detail: String) -> ModelFileError { .corrupt(path: path, detail: detail) }
    guard count > 0, offsets.count == count + 1, offsets.first == 0,
      offsets.last == Int64(bytes.count)
    else { throw corrupt("the offsets of every \(what) do not span its bytes") }
    var out: [String] = []
    out.reserveCapacity(count)
    for e in 0..<count {
      let (s, t) = (Int(offsets[e]), Int(offsets[e + 1]))
      guard s < t, t <= bytes.count else { throw corrupt("\(what) \(e) has an empty range") }
      let slice = Array(bytes[s..<t])
      guard slice.withUnsafeBufferPointer({ UTF8Validation.firstInvalidByte(in: $0) }) == nil else {
        throw corrupt("\(what) \(e) is not valid UTF-8")
      }
      out.append(String(decoding: slice, as: UTF8.self))
    }
    return out
  }
}
