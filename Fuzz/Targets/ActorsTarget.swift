import Features
import Labelling

/// libFuzzer entry for actors: the input as a gazetteer (``ActorGazetteer/init(tsv:path:)``
/// must read it or name its bad lines, never crash) and as an article whose units the
/// project's gazetteer reads (``ActorFinder``).
///
/// Checked besides "no crash": one actor list per unit, none for furniture, no empty or
/// repeated name in a list, and a gazetteer read from the input finds actors in its own
/// variants without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func actorsTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
  let text = String(decoding: bytes, as: UTF8.self)
  if let g = try? ActorGazetteer(tsv: text, path: "fuzz.tsv") {
    let finder = ActorFinder(gazetteer: g)
    for line in text.split(separator: "\n").prefix(50) {
      let names = finder.actors(of: String(line.split(separator: "\t").first ?? ""))
      check(Set(names).count == names.count, "a name twice in one unit: \(names)")
    }
  }
  guard let file = try? TextFile(path: "fuzz.txt", bytes: bytes) else { return 0 }
  let finder = ActorFinder(gazetteer: .standard)
  file.bytes.withUnsafeBufferPointer { all in
    let start = file.contentStart
    let units = SentenceSplitter().split(UnsafeBufferPointer(rebasing: all[start...]), base: start)
    let actors = finder.actors(of: units, in: all, date: "2019-06-28")
    check(actors.count == units.count, "\(actors.count) actor lists for \(units.count) units")
    for (u, names) in zip(units, actors) {
      if u.kind == .furniture { check(names.isEmpty, "actors in furniture: \(names)") }
      check(!names.contains(""), "an empty actor name")
      check(Set(names).count == names.count, "a name twice in one unit: \(names)")
    }
  }
  return 0
}
