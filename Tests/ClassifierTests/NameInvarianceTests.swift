import Foundation
import Testing

@testable import Classifier
@testable import Features

/// Names carry no label in the committed model: swapping the leaders, countries and
/// nationalities of a sentence for others moves no probability by 0.05 or more.
@Suite struct NameInvarianceTests {
  /// Fifty sentences written for this test; {P} a leader, {C} a country, {N} a nationality.
  static let sentences = [
    "{P} met the delegation on Tuesday morning.", "{P} smiled as the cameras rolled.",
    "{P} thanked {C} for its help.", "{P} accused {C} of lying about the talks.",
    "The {N} foreign minister arrived in the capital late on Sunday.",
    "{P} said the two sides would meet again next month.",
    "{P} warned that {C} would pay a price for the attack.",
    "Officials from {C} and their {N} counterparts signed the accord.",
    "{P} praised the courage of the negotiators.", "{P} flew home after the summit.",
    "{C} denied sending troops across the border.", "{P} called the proposal a useful start.",
    "The talks with {P} lasted three hours.", "{P} condemned the shelling of the city.",
    "{N} officials declined to comment.", "{P} laughed and shook hands with the host.",
    "{C} recalled its ambassador in protest.", "A spokesman for {P} confirmed the call.",
    "{P} hailed a new chapter in relations with {C}.", "{P} is expected to speak at noon.",
    "{C} imposed fresh sanctions on the banks.", "{P} and his team left the hall at six.",
    "{N} troops withdrew from the disputed village.",
    "{P} said relations with {C} had never been better.", "The visit by {P} was postponed.",
    "{P} mocked the critics as amateurs.", "{C} offered to host the next round of talks.",
    "{P} spoke to reporters outside the hotel.", "{N} diplomats were expelled on Friday.",
    "{P} called for calm and restraint.", "{P} told the crowd that the deal was a betrayal.",
    "{C} and its neighbours agreed to reopen the crossing.",
    "{P} gave a speech at the university.", "{P} blamed {C} for the collapse of the ceasefire.",
    "The {N} president welcomed the agreement.", "{P} will travel on to the coast on Monday.",
    "{P} threatened to walk out of the meeting.", "{C} sent a message of condolence.",
    "{P} answered questions for forty minutes.", "{N} media described the trip as a triumph.",
    "{P} dismissed the report as fake news.", "{P} and the prime minister had dinner together.",
    "{C} launched an investigation into the leak.", "{P} signed the guest book.",
    "{P} urged both sides to keep talking.", "{N} officials called the remarks outrageous.",
    "{P} arrived twenty minutes late.", "{C} hopes to double trade within five years.",
    "{P} refused to rule out military action.", "{P} described the host as a dear friend.",
  ]
  static let fillings: [(person: String, country: String, nationality: String)] = [
    ("Vladimir Putin", "Russia", "Russian"), ("Joe Biden", "the United States", "American"),
    ("Xi Jinping", "China", "Chinese"), ("Emmanuel Macron", "France", "French"),
    ("Narendra Modi", "India", "Indian"), ("Recep Tayyip Erdogan", "Turkey", "Turkish"),
    ("Volodymyr Zelensky", "Ukraine", "Ukrainian"), ("Benjamin Netanyahu", "Israel", "Israeli"),
    ("Olaf Scholz", "Germany", "German"), ("Fumio Kishida", "Japan", "Japanese"),
  ]

  static func fill(_ template: String, _ f: (person: String, country: String, nationality: String))
    -> String
  {
    template.replacingOccurrences(of: "{P}", with: f.person)
      .replacingOccurrences(of: "{C}", with: f.country)
      .replacingOccurrences(of: "{N}", with: f.nationality)
  }

  @Test func swappingNamesMovesNoProbabilityByAsMuchAs005() throws {
    #expect(Self.sentences.count == 50)
    let model = try ModelFile.load(
      path: CorpusTests.root.appendingPathComponent("models/framing.safetensors").path)
    #expect(model.vectorizer.tokenizer.names != nil, "the committed model maps names to classes")
    var largest = 0.0
    var total = 0.0
    var count = 0
    for template in Self.sentences {
      let texts = Self.fillings.map { Self.fill(template, $0) }
      let p = model.probabilities(for: texts)
      for label in 0..<3 {
        let column = (0..<texts.count).map { p[$0 * 3 + label] }
        let spread = column.max()! - column.min()!
        largest = max(largest, spread)
        total += spread
        count += 1
        #expect(spread < 0.05, "\(template) label \(label): \(column)")
      }
    }
    print("name swaps: mean spread \(total / Double(count)), largest \(largest)")
  }

  /// Names the gazetteer does not know (invented leaders and countries) are either words
  /// the training texts write only as names, which become name tokens as the gazetteer's
  /// do, or words the model has never seen, which it ignores: either way they move
  /// nothing. (Before the corpus's names joined the gazetteer, a name the texts also held,
  /// "Reyes", moved these sentences by 0.038 on average and up to 0.24.)
  @Test func unknownNamesMoveProbabilitiesLittle() throws {
    let model = try ModelFile.load(
      path: CorpusTests.root.appendingPathComponent("models/framing.safetensors").path)
    let unknown: [(person: String, country: String, nationality: String)] = [
      ("Vladimir Putin", "Russia", "Russian"), ("Anders Holmqvist", "Veldoria", "Veldorian"),
      ("Tamar Okonjo-Reyes", "Sarkhan", "Sarkhani"), ("Ilse Marquardt", "Ostravia", "Ostravian"),
    ]
    var largest = 0.0
    var total = 0.0
    var count = 0
    for template in Self.sentences {
      let p = model.probabilities(for: unknown.map { Self.fill(template, $0) })
      for label in 0..<3 {
        let column = (0..<unknown.count).map { p[$0 * 3 + label] }
        largest = max(largest, column.max()! - column.min()!)
        total += column.max()! - column.min()!
        count += 1
      }
    }
    print("unknown-name swaps: mean spread \(total / Double(count)), largest \(largest)")
    #expect(total / Double(count) < 0.01)
  }
}
