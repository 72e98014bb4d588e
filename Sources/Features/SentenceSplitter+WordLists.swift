extension SentenceSplitter {
  // MARK: Word lists

  /// Abbreviations that stand before a name and never end a sentence.
  static let titles = ByteText.WordSet([
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gen", "Gov", "Lt", "Col", "Prof",
    "Sgt", "Capt", "Cmdr", "Adm", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Maj", "Brig",
    "Messrs", "Mme", "Mlle", "Amb", "Atty", "Cpl", "Pvt", "Fr", "Gens", "Lt.Col", "Lt.Gen",
  ])
  /// Abbreviations that never end a sentence.
  static let neverFinal = ByteText.WordSet([
    "e.g", "i.e", "cf", "viz", "vs", "v", "approx", "ca", "Ave", "Blvd", "ret", "Ret", "incl",
    "esp",
  ])
  /// Time-zone abbreviations that may follow "a.m." or "p.m." in the same sentence.
  static let timeZones = ByteText.WordSet([
    "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
    "MSK", "JST", "IST", "AEST", "AEDT", "local",
  ])
  /// Abbreviations that stand before a number.
  static let beforeNumber = ByteText.WordSet([
    "No", "Nos", "no", "Art", "art", "p", "pp", "para", "Vol", "vol", "Fig", "fig", "Ch", "ch",
    "Sec", "sec", "Sect", "Op", "Ex", "Rm", "Ste", "Nr", "Pt", "Apt",
  ])
  /// Month abbreviations.
  static let months = ByteText.WordSet([
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  ])
  /// Abbreviations that may or may not end a sentence.
  static let ambiguous = ByteText.WordSet([
    "Jr", "Sr", "St", "al", "Mt", "Ft", "Dept", "Univ", "Assn", "Intl", "est", "min", "max",
    "hr", "hrs",
  ])
  /// Company suffixes, which end a sentence before a capital, except in a headline
  /// (`Shares in Nordvik Corp. Slump 18%`).
  static let corporate = ByteText.WordSet([
    "Inc", "Corp", "Ltd", "Co", "co", "Bros", "Plc", "Cos", "Mfg", "Assoc", "Hldgs",
  ])
  /// Short words that stay lower case in a title-case headline.
  static let minorWords = ByteText.WordSet([
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
    "with", "as", "from", "into", "onto", "over", "via", "vs", "v", "per", "than", "up", "off",
    "out", "after", "amid", "is", "are", "be", "its", "de", "la", "van", "von",
  ])
  /// Prepositions that open a time phrase ("At 5 a.m.", "By 10 p.m.").
  static let timePrepositions = ByteText.WordSet([
    "At", "By", "Until", "Till", "From", "Before", "After", "Around", "About", "Since", "Shortly",
    "Just", "Early", "Late", "Starting", "Beginning", "Between",
  ])
  /// Words that usually start a sentence, so that a sentence boundary after an ambiguous
  /// abbreviation is likely.
  static let starters = ByteText.WordSet([
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "In",
    "On", "At", "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our",
    "My", "Your", "Some", "Many", "Most", "Much", "Few", "All", "Both", "Each", "Every", "No",
    "Not", "None", "When", "While", "After", "Before", "As", "If", "Although", "Though",
    "Because", "Since", "Meanwhile", "However", "Still", "Yet", "So", "For", "With", "Without",
    "Under", "Over", "Despite", "During", "Later", "Earlier", "Then", "Now", "Today",
    "Yesterday", "Tomorrow", "Last", "Next", "One", "Two", "Three", "Officials", "Shares",
    "Asked", "According", "Speaking", "What", "Who", "Why", "How", "Where", "Which", "Such",
    "Other", "Another", "Analysts", "Critics", "Experts", "Also", "Even", "Here", "Once",
    "Until", "From", "By", "To", "Of", "Among", "Instead", "Indeed", "Moreover", "Nonetheless",
    "Nevertheless", "Separately", "Elsewhere", "Overall", "Sources", "Neither", "Did", "Do",
    "Does", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would", "Should", "Has", "Have",
    "Had", "Yes",
  ])
  /// The times of day an hour can carry, which end a sentence only before a new one.
  static let times = ByteText.WordSet(["a.m", "p.m", "A.M", "P.M"])
  /// The word that may follow a time zone: "9 a.m. Moscow time".
  static let timeWord = ByteText.WordSet(["time"])
  /// Verbs of saying that mark an attribution after a quotation.
  static let reportingVerbs = ByteText.WordSet([
    "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
    "tweeted", "posted", "replied", "replies", "insisted", "insists", "explained",
    "warned", "warns", "declared", "noted", "notes", "recalled", "shouted", "joked", "quipped",
    "laughed", "responded", "argued", "argues", "stated", "remarked", "announced", "countered",
    "conceded", "acknowledged", "admitted", "cautioned", "suggested", "observed", "agreed",
    "demanded", "wondered", "exclaimed", "cried", "snapped", "scoffed", "mused", "boasted",
    "claimed", "claims", "vowed", "pleaded", "urged", "complained", "protested", "retorted",
  ])
  /// Words that open a phrase naming the speaker of an attribution (`the foreign minister
  /// said`), matched with capitals lower-cased.
  static let determiners = ByteText.WordSet([
    "the", "a", "an", "one", "his", "her", "their", "its", "another", "our",
  ])
}
