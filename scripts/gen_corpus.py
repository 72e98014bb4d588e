#!/usr/bin/env python3
"""Deterministic generator of a synthetic, news-like labeled corpus for benchmarks.

Writes, into a folder given on the command line (default /tmp/framing-bench, never
committed):

  train_10k.csv, train_100k.csv, train_1m.csv   text,label,topic,style (Python's csv module)
  test.csv                                     20,000 held-out rows, same distribution
  articles/part-NN.txt                         articles (headline, byline, paragraphs) for
                                               `classify`, 1,000,000 sentences in all
  sentences_100k.txt                           the first 100,000 article sentences, one a
                                               line, for peers that do not split sentences

Every vocabulary here is invented for this script. The text has the traits that make the
pipeline work: CSV quoting (commas, straight quotes), curly quotes and apostrophes,
abbreviations (U.S., Mr., Sen., Jan., No., a.m.), numbers with separators, a long tail of
names drawn from a Zipf law, class-dependent vocabulary that appears only in part of each
class's sentences, and label noise, so that macro-F1 stays well below 1.

Large-vocabulary mode (`--vocabulary N`, e.g. 400000): every sentence also carries a few
words of an invented lower-case vocabulary of N words drawn from a Zipf law, a third of
them leaning to each class, half of them followed by a fixed partner word, so that a model trained with min-df 2 on 100k rows keeps
hundreds of thousands of terms (as a model trained on a real archive does). Its default
folder is /tmp/framing-bench-large. Without the option the output is the default corpus,
byte for byte as before.

Usage: scripts/gen_corpus.py [OUT_DIR] [--seed N] [--sizes 10k,100k,1m] [--articles N]
                             [--vocabulary N]
The same seed always writes the same bytes.
"""

import argparse
import bisect
import csv
import itertools
import os
import random
import sys

LABELS = ["critical", "neutral", "conciliatory"]
LABEL_PRIOR = [0.38, 0.34, 0.28]
LABEL_NOISE = 0.10  # share of rows whose label is redrawn uniformly
CUE_SHARE = 0.55  # chance that a stance slot uses the row's own class lexicon

TOPICS = {
    "trade": "tariffs exports imports quotas steel soybeans duties surplus deficit customs",
    "summit": "summit agenda communique delegation talks handshake venue interpreters",
    "climate": "emissions carbon targets pledge floods drought coal turbines glaciers",
    "election": "ballots turnout polls candidates campaign recount voters precincts",
    "energy": "pipeline gas supplies oil refinery grid prices reserves output",
    "health": "vaccine hospitals outbreak clinics doctors patients doses ward",
    "security": "troops border drills missiles patrols ceasefire base garrison",
    "migration": "migrants asylum crossings camps quotas returns arrivals shelters",
    "tech": "chips export controls data platforms startups servers encryption",
    "finance": "bonds rates inflation banks currency lenders markets bailout",
    "labour": "strike unions wages shifts walkout contracts factory pensions",
    "housing": "rents mortgages tenants builders permits evictions zoning",
    "farming": "harvest growers fertiliser subsidies cattle grain exports co-ops",
    "courts": "verdict appeal judges ruling indictment jury testimony sentence",
    "transport": "railway airline fares strikes ports freight tolls runway",
    "education": "schools teachers exams tuition campuses curriculum funding",
    "water": "dam river reservoir rationing irrigation treaty basin",
    "space": "launch satellite orbit rocket station mission crew",
    "sport": "tournament boycott stadium federation visas athletes hosting",
    "media": "journalists broadcaster licence censorship newsroom accreditation",
    "fishing": "quotas trawlers waters catch fleet licences stocks",
    "aid": "donors convoy relief grants famine corridor pledges",
    "mining": "lithium copper concessions royalties smelter licences",
    "diplomacy": "embassy envoy sanctions consulate ambassador recall protocol",
    "tourism": "visitors hotels visas flights resorts bookings season",
}

STYLES = ["wire", "broadsheet", "tabloid", "state-media", "opinion", "regional", "live-blog",
          "press-release", "broadcast", "analysis"]

CUES = {
    "critical": (
        "condemned slammed accused denounced blasted rejected attacked criticised warned "
        "derided faulted scolded lambasted dismissed mocked threatened vetoed blamed "
        "reckless disastrous illegal shameful hostile provocative cynical dangerous "
        "aggressive corrupt deceptive baseless outrageous failed botched chaotic "
        "betrayal aggression interference sabotage hypocrisy blackmail meddling "
        "crackdown scandal fiasco humiliation backlash outrage fury").split(),
    "neutral": (
        "said announced reported noted stated confirmed published scheduled outlined "
        "listed recorded released presented described estimated counted indicated "
        "scheduled quarterly annual preliminary official routine technical procedural "
        "regular formal standard separate previous weekly monthly "
        "figures schedule statement report agenda timetable session briefing data "
        "document minutes memo tally forecast survey").split(),
    "conciliatory": (
        "welcomed praised pledged thanked embraced endorsed reassured invited offered "
        "hailed applauded supported reconciled forgave congratulated backed eased "
        "constructive fruitful friendly cordial positive mutual productive hopeful "
        "respectful generous sincere candid warm peaceful balanced "
        "partnership cooperation goodwill dialogue compromise breakthrough friendship "
        "trust unity consensus harmony rapprochement reconciliation").split(),
}

SHARED_VERBS = ("discussed met reviewed signed considered visited examined addressed "
                "raised debated proposed handled weighed studied").split()
HEDGES = ["appeared to have", "is likely to have", "reportedly", "apparently", "may have",
          "had", "again", "on Tuesday", "on Monday", "late on Friday", "earlier this week"]
TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gen.", "Gov.", "Prof."]
ROLES = ["the minister", "the president", "a spokeswoman", "a senior official", "the envoy",
         "the prime minister", "an aide", "the mayor", "the chairman", "the governor",
         "two officials familiar with the talks", "a diplomat", "the opposition leader"]
ORGS = ["the U.S.", "the U.K.", "the E.U.", "the U.N.", "NATO", "the IMF", "the WTO",
        "the government", "the ministry", "the coalition", "the opposition", "the council",
        "Acme Corp.", "Norvel Inc.", "the central bank", "the union"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
CONNECTIVES = ["while", "after", "as", "because", "although", "before", "since", "even as"]
FILLER = ("the a of to in on for with over about against amid during under into from by "
          "its their his her new latest long-awaited planned second third joint").split()

SYLLABLES = ("ka lo mi ra ven tor sel dan bri co mar vik el an ost ber gan lin sha tem ru "
             "vo zel pra hol min dri fen qua ster ol ix um ad ne ri sa po").split()


def cap(text):
    return text[0].upper() + text[1:]


def uncap(text):
    """Lower-cases a leading article ("The", "A", "An"); names and titles keep their case."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first in ("The", "A", "An") else text


def end(text, mark="."):
    return text if text.endswith(".") else text + mark


def zipf_table(n, s=1.07):
    weights = [1.0 / (r ** s) for r in range(1, n + 1)]
    return list(itertools.accumulate(weights))


class Generator:
    def __init__(self, seed):
        self.r = random.Random(seed)
        r = self.r
        names = set()
        while len(names) < 40000:
            k = r.choice((2, 2, 3, 3, 4))
            names.add("".join(r.choice(SYLLABLES) for _ in range(k)).capitalize())
        self.names = sorted(names)
        r.shuffle(self.names)
        self.name_cum = zipf_table(len(self.names))
        self.places = self.names[:3000]
        self.place_cum = zipf_table(len(self.places), 1.2)
        self.topics = list(TOPICS)
        self.topic_words = {t: w.split() for t, w in TOPICS.items()}
        self.label_cum = list(itertools.accumulate(LABEL_PRIOR))
        # Rarer cue words: a Zipf law inside each lexicon too.
        self.cue_cum = {k: zipf_table(len(v), 0.8) for k, v in CUES.items()}

    def pick(self, items, cum):
        return items[bisect.bisect(cum, self.r.random() * cum[-1])]

    def name(self):
        return self.pick(self.names, self.name_cum)

    def place(self):
        return self.pick(self.places, self.place_cum)

    def cue(self, label):
        r = self.r
        if r.random() >= CUE_SHARE:
            label = r.choice(LABELS)
        return self.pick(CUES[label], self.cue_cum[label])

    def person(self):
        r = self.r
        x = r.random()
        if x < 0.35:
            return r.choice(TITLES) + " " + self.name()
        if x < 0.55:
            return self.name() + " " + self.name()
        if x < 0.75:
            return r.choice(ROLES)
        return r.choice(ORGS)

    def number(self):
        r = self.r
        x = r.random()
        if x < 0.3:
            return f"{r.randint(1, 99)}.{r.randint(0, 9)} percent"
        if x < 0.55:
            return f"{r.randint(1, 999):,}" + f",{r.randint(0, 999):03d} " + r.choice(
                ["people", "tons", "barrels", "jobs", "votes", "troops"])
        if x < 0.75:
            return f"${r.randint(1, 900)} {r.choice(['million', 'billion'])}"
        if x < 0.9:
            return f"{r.choice(MONTHS)} {r.randint(1, 28)}"
        return f"No. {r.randint(2, 40)}"

    def clause(self, label, topic):
        r = self.r
        words = [r.choice(CONNECTIVES), self.person(), self.cue(label), r.choice(FILLER),
                 r.choice(self.topic_words[topic])]
        if r.random() < 0.4:
            words += ["in", self.place()]
        if r.random() < 0.3:
            words += ["by", self.number()]
        return " ".join(words)

    def core(self, label, topic):
        """One sentence body without final punctuation."""
        r = self.r
        tw = self.topic_words[topic]
        parts = [self.person()]
        if r.random() < 0.4:
            parts.append(r.choice(HEDGES))
        parts.append(self.cue(label) if r.random() < 0.8 else r.choice(SHARED_VERBS))
        parts.append(r.choice(FILLER))
        if r.random() < 0.5:
            parts.append(self.cue(label))
        parts.append(r.choice(tw))
        if r.random() < 0.5:
            parts += [r.choice(["in", "with", "over", "near"]), self.place()]
        if r.random() < 0.35:
            parts += [r.choice(["on", "by", "of", "after"]), self.number()]
        if r.random() < 0.3:
            parts += ["and", r.choice(FILLER), r.choice(tw)]
        text = " ".join(parts)
        if r.random() < 0.45:
            text += ", " + self.clause(label, topic)
        if r.random() < 0.2:
            text += ", " + r.choice(["calling it", "describing the move as", "saying it was"]) + " "
            text += self.cue(label) + " " + r.choice(["and", "but", "yet"]) + " " + self.cue(label)
        return cap(text)

    def sentence(self, label, topic):
        r = self.r
        x = r.random()
        body = self.core(label, topic)
        who = self.person()
        if x < 0.15:  # straight-quoted statement with attribution (CSV doubles the quotes)
            return f'"{body}," {who} said.'
        if x < 0.30:  # curly quotes
            return f"“{body},” {who} told reporters."
        if x < 0.40:  # possessive and contraction with curly apostrophes
            return f"{self.name()}’s office said it {r.choice(['won’t', 'can’t', 'didn’t'])} " \
                   f"comment, but {end(uncap(body))}"
        if x < 0.50:
            return f"{body}, according to {end(who)}"
        if x < 0.55:
            return f"{body} at 9 a.m. local time."
        if x < 0.60:  # short sentence
            return cap(f"{self.person()} {self.cue(label)} the {r.choice(self.topic_words[topic])}.")
        return end(body)

    def row(self):
        r = self.r
        label = self.pick(LABELS, self.label_cum)
        topic = r.choice(self.topics)
        style = r.choice(STYLES)
        text = self.sentence(label, topic)
        if r.random() < LABEL_NOISE:
            label = r.choice(LABELS)
        return text, label, topic, style

    def headline(self, topic):
        r = self.r
        words = [self.place(), r.choice(CUES[r.choice(LABELS)]), r.choice(self.topic_words[topic]),
                 r.choice(["Deal", "Row", "Talks", "Plan", "Vote", "Probe"])]
        return " ".join(w[0].upper() + w[1:] for w in words)

    def article(self, sentences):
        """An article of about `sentences` units (headline, byline, paragraphs of
        sentences): its text and its units."""
        r = self.r
        topic = r.choice(self.topics)
        lines = [self.headline(topic), f"By {self.name()} {self.name()}", ""]
        units = lines[:2]
        while len(units) < sentences:
            k = min(r.randint(1, 4), sentences - len(units))
            para = []
            for _ in range(k):
                label = self.pick(LABELS, self.label_cum)
                s = self.sentence(label, topic).replace('"', "“", 1).replace('"', "”", 1)
                para.append(s)
            lines.append(" ".join(para))
            lines.append("")
            units += para
        return "\n".join(lines) + "\n", units


class LargeVocabularyGenerator(Generator):
    """The default generator plus a long tail: each sentence body gets a phrase of words from
    a Zipf vocabulary of `size` invented words. Word `i` leans to class `i % 3`: a slot
    draws from the row's own class's words with probability LEAN_SHARE, otherwise from
    the whole vocabulary."""

    LEAN_SHARE = 0.35
    ZIPF_S = 0.7
    PAIR_SHARE = 0.5

    def __init__(self, seed, size):
        super().__init__(seed)
        # Its own stream for the vocabulary, so that its size does not move the rows' draws.
        v = random.Random(seed * 7919 + size)
        words = set()
        while len(words) < size:
            k = v.choice((3, 3, 4, 4, 4, 5))
            words.add("".join(v.choice(SYLLABLES) for _ in range(k)))
        self.vocab = sorted(words)
        v.shuffle(self.vocab)
        self.vocab_cum = zipf_table(size, self.ZIPF_S)
        self.partner = {w: self.vocab[(i * 7919 + 1) % size] for i, w in enumerate(self.vocab)}
        self.lean = {label: self.vocab[i::3] for i, label in enumerate(LABELS)}
        self.lean_cum = {label: zipf_table(len(w), self.ZIPF_S) for label, w in self.lean.items()}

    def tail_word(self, label):
        """A word of the vocabulary, or half the time a collocation: the word and its fixed
        partner, so that the bigrams repeat as the words do."""
        r = self.r
        if r.random() < self.LEAN_SHARE:
            word = self.pick(self.lean[label], self.lean_cum[label])
        else:
            word = self.pick(self.vocab, self.vocab_cum)
        if r.random() < self.PAIR_SHARE:
            return word + " " + self.partner[word]
        return word

    def core(self, label, topic):
        r = self.r
        text = super().core(label, topic)
        phrase = " ".join(self.tail_word(label) for _ in range(r.randint(2, 5)))
        linker = r.choice(["amid", "over", "with", "citing", "on", "despite"])
        return f"{text} {linker} {phrase}"


def parse_size(text):
    text = text.lower()
    if text.endswith("k"):
        return int(text[:-1]) * 1000
    if text.endswith("m"):
        return int(text[:-1]) * 1000000
    return int(text)


def write_csv(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label", "topic", "style"])
        w.writerows(rows)
    os.replace(tmp, path)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out", nargs="?", default=None,
                   help="default /tmp/framing-bench, or /tmp/framing-bench-large with --vocabulary")
    p.add_argument("--seed", type=int, default=20261123)
    p.add_argument("--sizes", default="10k,100k,1m")
    p.add_argument("--test", type=int, default=20000)
    p.add_argument("--articles", type=int, default=1000000, help="article sentences in all")
    p.add_argument("--parts", type=int, default=8)
    p.add_argument("--vocabulary", type=int, default=0,
                   help="words of the large Zipf vocabulary (0, the default: none)")
    args = p.parse_args()
    if args.out is None:
        args.out = "/tmp/framing-bench-large" if args.vocabulary else "/tmp/framing-bench"

    def make(seed):
        if args.vocabulary:
            return LargeVocabularyGenerator(seed, args.vocabulary)
        return Generator(seed)
    os.makedirs(args.out, exist_ok=True)

    # Each file has its own stream, so a size can be regenerated alone with the same bytes;
    # the smaller training sets are prefixes of the largest.
    sizes = sorted(parse_size(s) for s in args.sizes.split(",") if s)
    gen = make(args.seed)
    rows = [gen.row() for _ in range(sizes[-1] if sizes else 0)]
    for n in sizes:
        label = f"{n // 1000000}m" if n % 1000000 == 0 else f"{n // 1000}k"
        write_csv(os.path.join(args.out, f"train_{label}.csv"), rows[:n])
        print(f"wrote train_{label}.csv ({n} rows)", file=sys.stderr)
    del rows
    test_gen = make(args.seed + 1)
    write_csv(os.path.join(args.out, "test.csv"), [test_gen.row() for _ in range(args.test)])
    print(f"wrote test.csv ({args.test} rows)", file=sys.stderr)

    if args.articles > 0:
        art = make(args.seed + 2)
        folder = os.path.join(args.out, "articles")
        os.makedirs(folder, exist_ok=True)
        per_part = args.articles // args.parts
        first = []
        for part in range(args.parts):
            units = 0
            chunks = []
            while units < per_part:
                text, article_units = art.article(min(art.r.randint(12, 40), per_part - units + 2))
                chunks.append(text)
                units += len(article_units)
                if len(first) < 100000:
                    first.extend(article_units)
            with open(os.path.join(folder, f"part-{part:02d}.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(chunks))
        with open(os.path.join(args.out, "sentences_100k.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(first[:100000]) + "\n")
        print(f"wrote articles/ ({args.parts} parts, about {args.articles} units)", file=sys.stderr)


if __name__ == "__main__":
    main()
