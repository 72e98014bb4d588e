import Classifier
import Features
import Testing

@testable import Labelling

/// The actor matcher on purpose-written sentences and a small purpose-written gazetteer.
@Suite struct ActorFinderTests {
  static let tsv = """
    # variant\tactor\tkind\tvalid
    Vladimir Putin\tVladimir Putin\tperson
    Putin\tVladimir Putin\tperson
    Dmitry Medvedev\tDmitry Medvedev\tperson
    Medvedev\tDmitry Medvedev\tperson
    Wang Yi\tWang Yi\tperson
    Russia\tRussia\tcountry
    Russian\tRussia\tcountry
    Russians\tRussia\tcountry
    Kremlin\tRussia\tcountry
    Moscow\tRussia\tcapital
    China\tChina\tcountry
    Chinese\tChina\tcountry
    Beijing\tChina\tcapital
    U.S.\tUnited States\tcountry
    United States\tUnited States\tcountry
    White House\tUnited States\tcountry
    NATO\tNATO\torganisation
    United Nations\tUnited Nations\torganisation
    UN\tUnited Nations\torganisation
    secretary-general\tAntónio Guterres\trole\t2017-01-01..
    Russian president\tVladimir Putin\trole\t2012-05-07..
    Russian president\tDmitry Medvedev\trole\t2008-05-07..2012-05-06
    Russian president\tVladimir Putin\trole\t2000-05-07..2008-05-06
    Chinese foreign minister\tWang Yi\trole\t2013-03-16..2022-12-29
    Erdoğan\tRecep Tayyip Erdoğan\tperson
    Erdogan\tRecep Tayyip Erdoğan\tperson
    O'Brien\tRobert O'Brien\tperson
    """

  static func finder() throws -> ActorFinder {
    ActorFinder(gazetteer: try ActorGazetteer(tsv: tsv, path: "test.tsv"))
  }

  @Test(arguments: [
    ("Vladimir Putin met the press.", ["Vladimir Putin"]),
    ("Putin's aides said little.", ["Vladimir Putin"]),
    ("Putin’s aides said little.", ["Vladimir Putin"]),
    ("The Kremlin denied it, and Moscow warned NATO.", ["Russia", "NATO"]),
    ("Delegates flew to Moscow for the talks.", []),
    ("The talks in Beijing ended late.", []),
    ("Beijing protested, and Russians shrugged.", ["China", "Russia"]),
    ("Russian President Vladimir Putin spoke first.", ["Vladimir Putin"]),
    ("Chinese Foreign Minister Wang Yi spoke first.", ["Wang Yi"]),
    ("The U.S. and the United Nations disagreed.", ["United States", "United Nations"]),
    ("The White House said the UN was told.", ["United States", "United Nations"]),
    ("A Russia-China deal was signed.", ["Russia", "China"]),
    ("Erdoğan and Erdogan are one man.", ["Recep Tayyip Erdoğan"]),
    ("O'Brien spoke for the administration.", ["Robert O'Brien"]),
    // Case matters for names: the lower-case word is not the country.
    ("We will china the plates.", []),
    // An organisation's acronym must be written as such.
    ("The un-American remark stung.", []),
    // A country before a person is the person's title only when nothing stands between.
    ("The deal with Russia, Putin said, was fair.", ["Russia", "Vladimir Putin"]),
    ("Sanctions hurt China; Wang Yi responded.", ["China", "Wang Yi"]),
    // Words that only qualify a title make no title on their own.
    ("General Motors cut jobs.", []),
    ("State Media reported it.", []),
    ("Chief Executive Tim Cook spoke.", []),
    ("Deputy Foreign Minister Ana Brnabic spoke.", ["Ana Brnabic"]),
  ])
  func sentences(text: String, expected: [String]) throws {
    #expect(try Self.finder().actors(of: text) == expected, "\(text)")
  }

  @Test func rolesFollowTheArticleThenTheDateThenTheOnlyHolder() throws {
    let f = try Self.finder()
    // No name, no date: two holders, so no one.
    #expect(f.actors(of: "The Russian president arrived.") == [])
    // The date decides.
    #expect(
      f.actors(of: "The Russian president arrived.", date: "2010-03-01") == ["Dmitry Medvedev"])
    #expect(
      f.actors(of: "The Russian president arrived.", date: "2019-06-28") == ["Vladimir Putin"])
    // A role in any case.
    #expect(
      f.actors(of: "the RUSSIAN PRESIDENT arrived.", date: "2019-06-28") == ["Vladimir Putin"])
    // One holder listed: that one, dated or not.
    #expect(f.actors(of: "The Secretary-General spoke.") == ["António Guterres"])
    #expect(f.actors(of: "The secretary general spoke.") == ["António Guterres"])
  }

  @Test func aRoleIsTheHolderTheArticleHasNamed() throws {
    let f = try Self.finder()
    var text = "Dmitry Medvedev spoke at noon.\n\nLater the Russian president left the hall.\n"
    let actors = text.withUTF8 {
      f.actors(of: SentenceSplitter().split($0), in: $0, date: "2019-01-01")
    }
    #expect(actors == [["Dmitry Medvedev"], ["Dmitry Medvedev"]])
  }

  @Test func titledNamesOutsideTheGazetteerAndTheirSurnamesLater() throws {
    let f = try Self.finder()
    var text =
      "Prime Minister Kaja Kallas met Putin.\n\nKallas said the talks were hard.\n\n"
      + "The General Assembly voted.\n\nMr. Haftar did not answer.\n"
    let actors = text.withUTF8 { f.actors(of: SentenceSplitter().split($0), in: $0) }
    #expect(
      actors == [["Kaja Kallas", "Vladimir Putin"], ["Kaja Kallas"], [], ["Haftar"]],
      "\(actors)")
  }

  @Test func furnitureGetsNoActors() throws {
    let f = try Self.finder()
    var text = "Putin meets the press\n\nPhoto: Vladimir Putin in Moscow. Reuters\n\nPutin spoke.\n"
    let actors = text.withUTF8 { f.actors(of: SentenceSplitter().split($0), in: $0) }
    let units = text.withUTF8 { SentenceSplitter().split($0) }
    #expect(units.contains { $0.kind == .furniture })
    for (u, a) in zip(units, actors) where u.kind == .furniture { #expect(a.isEmpty) }
    #expect(actors.last == ["Vladimir Putin"])
  }

  @Test func renamingMergingAndRemoving() throws {
    var g = try ActorGazetteer(tsv: Self.tsv, path: "test.tsv")
    g.rename("Vladimir Putin", to: "Russia")
    g.rename("NATO", to: "North Atlantic Treaty Organization")
    g.remove("China")
    let f = ActorFinder(gazetteer: g)
    #expect(
      f.actors(of: "Putin and the Kremlin met NATO and China.") == [
        "Russia", "North Atlantic Treaty Organization",
      ])
    // Renaming back and forth, or round a cycle of three, does not loop.
    g.rename("Russia", to: "Vladimir Putin")
    g.rename("Vladimir Putin", to: "Russia")
    _ = ActorFinder(gazetteer: g).actors(of: "Putin spoke.")
    var h = try ActorGazetteer(tsv: Self.tsv, path: "test.tsv")
    h.rename("Russia", to: "China")
    h.rename("China", to: "NATO")
    h.rename("NATO", to: "Russia")
    #expect(ActorFinder(gazetteer: h).actors(of: "Russia, China and NATO met.").count == 1)
    // A known variant mapped anew names the new actor only.
    var v = try ActorGazetteer(tsv: Self.tsv, path: "test.tsv")
    #expect(v.isVariant("Putin") && !v.isVariant("Nobody"))
    #expect(v.map(variant: "Putin", to: "Russia", kind: .country) == nil)
    #expect(ActorFinder(gazetteer: v).actors(of: "Putin spoke.") == ["Russia"])
    #expect(ActorFinder(gazetteer: v).actors(of: "Vladimir Putin spoke.") == ["Vladimir Putin"])
  }

  @Test func badGazetteerLinesAreEachNamed() {
    let bad =
      "Putin\tVladimir Putin\n\tX\tperson\nA\tB\tplanet\nC\tD\trole\t2020-13-01..\nE\tF\tperson\t2020-01-01..\n"
    #expect {
      _ = try ActorGazetteer(tsv: bad, path: "bad.tsv")
    } throws: { error in
      let text = "\(error)"
      return text.contains("bad.tsv:1:") && text.contains("bad.tsv:2:")
        && text.contains("bad.tsv:3:")
        && text.contains("bad.tsv:4:") && text.contains("bad.tsv:5:")
    }
  }

  @Test func anyBytesGiveWordsInsideTheTextInOrder() throws {
    let f = try Self.finder()
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    let alphabet: [UInt8] =
      Array("Putin's U.S. O'Brien-Moscow \"“”’".utf8) + [
        0xE2, 0x80, 0x99, 0xC3, 0xA9, 0xF0, 0x9F, 0xFF, 0x80,
      ]
    for _ in 0..<2_000 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      let count = Int(state % 40)
      var bytes: [UInt8] = []
      for k in 0..<count {
        bytes.append(alphabet[Int((state >> UInt64(k % 50)) % UInt64(alphabet.count))])
      }
      bytes.withUnsafeBufferPointer { b in
        let words = ActorWords.words(b, start: 0, end: b.count)
        var last = 0
        for w in words {
          #expect(w.start >= last && w.start < w.end && w.end <= b.count)
          last = w.end
        }
        _ = f.actors(of: [TextUnit(start: 0, end: b.count, kind: .sentence)], in: b)
      }
    }
  }
}
