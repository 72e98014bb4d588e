import Classifier
import Features
import Labelling

/// libFuzzer entry for the model loader: ``Safetensors`` and ``ModelFile/decode(_:path:)``,
/// the path `classify --model` takes.
///
/// Built with `-D FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION`, which makes the loader accept
/// a wrong checksum so that mutated files reach the checks behind it. Checked besides
/// "no crash": only ``ModelFileError`` is thrown, an accepted container encodes and reads
/// back the same, and an accepted model classifies text with one row of probabilities per
/// unit.
@_cdecl("LLVMFuzzerTestOneInput")
public func modelTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
  do {
    let container = try Safetensors(bytes: bytes, path: "fuzz.safetensors")
    let again = try Safetensors(bytes: container.encoded(), path: "again.safetensors")
    check(again.metadata == container.metadata, "metadata changed in a round trip")
    check(again.tensors.keys.sorted() == container.tensors.keys.sorted(), "tensor names changed")
    for (name, t) in container.tensors {
      let u = again.tensors[name]!
      check(
        u.dtype == t.dtype && u.shape == t.shape && u.data == t.data, "tensor '\(name)' changed")
    }
  } catch is ModelFileError {
  } catch {
    check(false, "unexpected error type \(error)")
  }
  do {
    let model = try ModelFile.decode(bytes, path: "fuzz.safetensors")
    let k = model.labels.count
    let probes = ["The talks went well, officials said.", "", "Critics slammed the deal's terms."]
    let p = model.probabilities(for: probes)
    check(p.count == probes.count * k, "\(p.count) probabilities for \(probes.count) texts")
    _ = model.argmax(p)
    let file = try! TextFile(
      path: "probe.txt", bytes: Array("Headline\n\nOne sentence. Another one!\n".utf8))
    let labeled = Labeller(model: model).label(file)
    check(
      labeled.probabilities.count == labeled.count * k && labeled.labels.allSatisfy { $0 < k },
      "labelled units")
    let reread = try ModelFile.decode(ModelFile.encode(model), path: "again.safetensors")
    check(
      reread.labels == model.labels && reread.regression == model.regression, "model round trip")
  } catch is ModelFileError {
  } catch {
    check(false, "unexpected error type \(error)")
  }
  return 0
}
