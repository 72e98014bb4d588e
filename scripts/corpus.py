#!/usr/bin/env python3
"""The corpus of whole pages: units, annotation batches, merging, labels.csv, agreement.

Articles live in data/articles/{train,heldout}/WRITER/NNN-slug.txt with an index.csv per
writer (file,outlet,voice,event,date,title). Units are exactly classify's units: this
script asks the built `tokenize` tool for them (file, start, end, kind), so that training
and classification see the same segmentation.

  scripts/corpus.py batch SET WRITER OUT [FIRST LAST]
                                              write an annotation batch (text) of articles FIRST..LAST
                                              (by their number) and its map
  scripts/corpus.py merge RAWDIR              annotator files (BATCH.map.json with BATCH.a.tsv, BATCH.b.tsv
                                              and BATCH.c.tsv, the third reading) -> data/articles/annotations.csv
  scripts/corpus.py adjudication RAWDIR OUT   a batch of the units whose two readings differ (its labels: OUT's
                                              name with .c.tsv, the third reading)
  scripts/corpus.py add RAWDIR                new readings from RAWDIR added to data/articles/annotations.csv,
                                              which stays the source of truth (its other rows are kept as they are)
  scripts/corpus.py disagreements OUT         a third-reading batch of the rows of annotations.csv whose two
                                              readings differ and have no third reading yet
  scripts/corpus.py build                     annotations (+ data/sentences.csv) -> data/labels.csv, data/heldout.csv
  scripts/corpus.py agreement                 Cohen's kappa overall, per label and per voice
  scripts/corpus.py check                     exit 1 when data/labels.csv or data/heldout.csv is not current

data/articles/annotations.csv columns: file (relative to data/articles), start, end, kind,
annotator_a, annotator_b, adjudicated (the third reading, only where a and b differ),
label (the final label; empty while a unit waits for its second reading or a
disagreement for its third, and then left out of labels.csv and heldout.csv).
"""
import csv
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLES = os.path.join(ROOT, "data", "articles")
ANNOTATIONS = os.path.join(ARTICLES, "annotations.csv")
LABELS = ["critical", "neutral", "conciliatory"]
TOKENIZE = os.environ.get("FRAMING_TOKENIZE", os.path.join(ROOT, ".build", "release", "tokenize"))


def writers(kind):
    base = os.path.join(ARTICLES, kind)
    return sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d))) if os.path.isdir(base) else []


def index_of(kind, writer):
    """file name -> index row, for the articles of one writer that exist."""
    path = os.path.join(ARTICLES, kind, writer, "index.csv")
    rows = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["file"].strip()
            if os.path.exists(os.path.join(ARTICLES, kind, writer, name)):
                rows[name] = row
    return rows


def units(paths):
    """classify's units of the files, from the tokenize tool: path -> [unit dict]."""
    out = defaultdict(list)
    for i in range(0, len(paths), 200):
        chunk = paths[i:i + 200]
        text = subprocess.run([TOKENIZE, *chunk], check=True, capture_output=True, text=True).stdout
        for line in text.splitlines():
            u = json.loads(line)
            out[u["file"]].append(u)
    return out


def rel(path):
    return os.path.relpath(path, ARTICLES)


def cmd_batch(kind, writer, out, first="1", last="999"):
    idx = index_of(kind, writer)
    names = [n for n in sorted(idx) if int(first) <= int(n[:3]) <= int(last)]
    paths = [os.path.join(ARTICLES, kind, writer, n) for n in names]
    found = units(paths)
    mapping = []
    with open(out, "w", encoding="utf-8") as f:
        for a, (name, path) in enumerate(zip(names, paths), 1):
            a = int(name[:3])
            f.write(f"\n## article {a}: {idx[name]['title']}\n")
            for u_i, u in enumerate(found[path], 1):
                text = u["text"].replace("\n", " ")
                f.write(f"{a}.{u_i}\t{text}\n")
                mapping.append({"id": f"{a}.{u_i}", "file": rel(path), "start": u["start"], "end": u["end"], "kind": u["kind"]})
    with open(os.path.splitext(out)[0] + ".map.json", "w", encoding="utf-8") as f:
        json.dump(mapping, f)
    print(f"{out}: {len(names)} articles, {len(mapping)} units")


def read_labels(path):
    labels = {}
    if not os.path.exists(path):
        return labels
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or parts[1].strip() not in LABELS:
                sys.exit(f"{path}:{n}: expected 'ID<TAB>label' with a label in {LABELS}, found {line!r}")
            labels[parts[0].strip()] = parts[1].strip()
    return labels


def read_readings(RAW):
    """(file, start, end) -> {annotator letter: label}, and each unit's kind, from every
    BATCH.map.json in RAW with its BATCH.a.tsv, BATCH.b.tsv and BATCH.c.tsv."""
    readings = defaultdict(dict)
    kinds = {}
    for name in sorted(os.listdir(RAW)):
        if not name.endswith(".map.json"):
            continue
        batch = name[: -len(".map.json")]
        mapping = {m["id"]: m for m in json.load(open(os.path.join(RAW, name), encoding="utf-8"))}
        for letter in "abc":
            path = os.path.join(RAW, f"{batch}.{letter}.tsv")
            for unit_id, label in read_labels(path).items():
                if unit_id not in mapping:
                    sys.exit(f"{path}: the ID {unit_id} is not in {name}")
                m = mapping[unit_id]
                key = (m["file"], m["start"], m["end"])
                kinds[key] = m["kind"]
                readings[key][letter] = label
    return readings, kinds


def cmd_merge(RAW):
    """Every reading of every unit, keyed by (file, start, end): batches may overlap or be
    cut differently for each reading. A unit read once keeps annotator_b and its label
    empty (it is not trained on until its second reading); one whose two readings differ
    takes the third reading (annotator c) as its label."""
    readings, kinds = read_readings(RAW)
    rows = []
    pending = 0
    for key in sorted(readings):
        r = readings[key]
        la, lb, lc = r.get("a"), r.get("b", ""), r.get("c", "")
        if la is None:
            continue
        if lb and la != lb and not lc:
            pending += 1  # kept with an empty label until the third reading
        # A unit read once waits for its second reading, with an empty label.
        label = "" if not lb else la if la == lb else lc
        rows.append({"file": key[0], "start": key[1], "end": key[2], "kind": kinds[key],
                     "annotator_a": la, "annotator_b": lb, "adjudicated": lc if lb and la != lb else "", "label": label})
    with open(ANNOTATIONS, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "start", "end", "kind", "annotator_a", "annotator_b", "adjudicated", "label"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    both = sum(1 for r in rows if r["annotator_b"])
    print(f"wrote {ANNOTATIONS}: {len(rows)} units ({both} read twice, {len(rows) - both} once); {pending} disagreements wait for a third reading")


def cmd_adjudication(RAW, out):
    """A batch of the units whose two readings differ and have no third reading yet."""
    readings, kinds = read_readings(RAW)
    todo = [k for k, r in sorted(readings.items()) if "a" in r and "b" in r and r["a"] != r["b"] and "c" not in r]
    mapping = []
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n## units of many articles, each to be judged on its own\n")
        for n, key in enumerate(todo, 1):
            data = open(os.path.join(ARTICLES, key[0]), "rb").read()
            text = data[key[1]:key[2]].decode("utf-8").replace("\n", " ")
            f.write(f"d.{n}\t{text}\n")
            mapping.append({"id": f"d.{n}", "file": key[0], "start": key[1], "end": key[2], "kind": kinds[key]})
    with open(os.path.splitext(out)[0] + ".map.json", "w", encoding="utf-8") as f:
        json.dump(mapping, f)
    print(f"{out}: {len(todo)} units to settle")


ANNOTATION_FIELDS = ["file", "start", "end", "kind", "annotator_a", "annotator_b", "adjudicated", "label"]


def settle(row):
    """A row's final label from its readings: empty while it waits for a reading."""
    la, lb, lc = row["annotator_a"], row["annotator_b"], row["adjudicated"]
    row["label"] = "" if not (la and lb) else la if la == lb else lc
    return row


def write_annotations(rows):
    rows.sort(key=lambda r: (r["file"], int(r["start"]), int(r["end"])))
    tmp = ANNOTATIONS + ".tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=ANNOTATION_FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, ANNOTATIONS)


def cmd_add(RAW):
    """New readings merged into annotations.csv by (file, start, end). Reading a fills
    annotator_a when it is empty, else annotator_b when that is empty; reading b fills
    annotator_b (or annotator_a on a new row); reading c fills adjudicated on rows whose
    two readings differ. A reading never replaces one that is there."""
    readings, kinds = read_readings(RAW)
    rows = annotated()
    by_key = {(r["file"], int(r["start"]), int(r["end"])): r for r in rows}
    added = Counter()
    for key in sorted(readings):
        r = by_key.get(key)
        if r is None:
            r = {f: "" for f in ANNOTATION_FIELDS}
            r.update(file=key[0], start=str(key[1]), end=str(key[2]), kind=kinds[key])
            rows.append(r)
            by_key[key] = r
            added["new rows"] += 1
        for letter in "ab":
            label = readings[key].get(letter)
            if not label:
                continue
            if not r["annotator_a"]:
                r["annotator_a"] = label
                added["readings a"] += 1
            elif not r["annotator_b"]:
                r["annotator_b"] = label
                added["readings b"] += 1
            else:
                added["readings ignored (already read twice)"] += 1
        lc = readings[key].get("c")
        if lc and r["annotator_a"] and r["annotator_b"] and r["annotator_a"] != r["annotator_b"] and not r["adjudicated"]:
            r["adjudicated"] = lc
            added["third readings"] += 1
        settle(r)
    write_annotations(rows)
    pending = sum(1 for r in rows if not r["label"])
    print(f"wrote {ANNOTATIONS}: {len(rows)} units; added {dict(added)}; {pending} wait for a reading")


def cmd_disagreements(out):
    todo = [r for r in annotated() if r["annotator_a"] and r["annotator_b"] and r["annotator_a"] != r["annotator_b"] and not r["adjudicated"]]
    mapping = []
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n## units of many articles, each to be judged on its own\n")
        for n, r in enumerate(todo, 1):
            data = open(os.path.join(ARTICLES, r["file"]), "rb").read()
            text = data[int(r["start"]):int(r["end"])].decode("utf-8").replace("\n", " ")
            f.write(f"d.{n}\t{text}\n")
            mapping.append({"id": f"d.{n}", "file": r["file"], "start": int(r["start"]), "end": int(r["end"]), "kind": r["kind"]})
    with open(os.path.splitext(out)[0] + ".map.json", "w", encoding="utf-8") as f:
        json.dump(mapping, f)
    print(f"{out}: {len(todo)} units to settle")


def annotated():
    with open(ANNOTATIONS, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def article_rows(kind):
    """The labeled units of one set, as labels.csv rows."""
    meta = {}
    for writer in writers(kind):
        for name, row in index_of(kind, writer).items():
            meta[f"{kind}/{writer}/{name}"] = dict(row, writer=writer)
    out = []
    texts = {}
    for r in annotated():
        if not r["file"].startswith(kind + "/") or not r["label"]:
            continue
        if r["file"] not in texts:
            texts[r["file"]] = open(os.path.join(ARTICLES, r["file"]), "rb").read()
        m = meta[r["file"]]
        text = texts[r["file"]][int(r["start"]):int(r["end"])].decode("utf-8")
        out.append({"text": text, "label": r["label"], "topic": f"{m['writer']}-{m['event']}",
                    "style": m["voice"], "source": "pages", "article": r["file"], "kind": r["kind"],
                    "event": f"{m['writer']}-{m['event']}", "outlet": m["outlet"], "start": r["start"], "end": r["end"],
                    "annotator_a": r["annotator_a"], "annotator_b": r["annotator_b"]})
    return out


FIELDS = ["text", "label", "topic", "style", "source", "article", "kind", "event", "outlet", "start", "end", "annotator_a", "annotator_b"]
SENTENCES = os.path.join(ROOT, "data", "sentences.csv")


def built():
    train = article_rows("train")
    with open(SENTENCES, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            train.append({"text": r["text"], "label": r["label"], "topic": r["topic"], "style": r["style"],
                          "source": "sentences", "article": "", "kind": "sentence", "event": "sentences-" + r["topic"],
                          "outlet": "", "start": "", "end": "", "annotator_a": r["label"], "annotator_b": ""})
    return {"labels.csv": train, "heldout.csv": article_rows("heldout")}


def render(rows):
    import io
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def cmd_build():
    for name, rows in built().items():
        with open(os.path.join(ROOT, "data", name), "w", encoding="utf-8", newline="") as f:
            f.write(render(rows))
        print(f"wrote data/{name}: {len(rows)} rows, {dict(Counter(r['label'] for r in rows))}")


def cmd_check():
    stale = [n for n, rows in built().items() if open(os.path.join(ROOT, "data", n), encoding="utf-8").read() != render(rows)]
    if stale:
        sys.exit(f"not current: {', '.join('data/' + s for s in stale)}; run scripts/corpus.py build")
    print("data/labels.csv and data/heldout.csv are current")


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def cmd_agreement():
    rows = [r for r in annotated() if r["annotator_a"] and r["annotator_b"]]
    voice = {}
    for kind in ("train", "heldout"):
        for writer in writers(kind):
            for name, row in index_of(kind, writer).items():
                voice[f"{kind}/{writer}/{name}"] = row["voice"]
    pairs = [(r["annotator_a"], r["annotator_b"]) for r in rows]
    print(f"units {len(pairs)}, raw agreement {sum(a == b for a, b in pairs) / len(pairs):.3f}, Cohen's kappa {kappa(pairs):.3f}")
    print("per label (one label against the rest):")
    for lab in LABELS:
        p = [(a == lab, b == lab) for a, b in pairs]
        print(f"  {lab:13s} kappa {kappa(p):.3f}  (a: {sum(x for x, _ in p)}, b: {sum(y for _, y in p)})")
    print("per outlet voice:")
    by = defaultdict(list)
    for r in rows:
        by[voice.get(r["file"], "?")].append((r["annotator_a"], r["annotator_b"]))
    for v in sorted(by):
        print(f"  {v:22s} units {len(by[v]):5d}  kappa {kappa(by[v]):.3f}")
    print("per set:")
    for kind in ("train", "heldout"):
        p = [(r["annotator_a"], r["annotator_b"]) for r in rows if r["file"].startswith(kind + "/")]
        if p:
            print(f"  {kind:8s} units {len(p):5d}  kappa {kappa(p):.3f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["batch"] and len(args) in (4, 6):
        cmd_batch(*args[1:])
    elif args[:1] == ["merge"] and len(args) == 2:
        cmd_merge(args[1])
    elif args[:1] == ["adjudication"] and len(args) == 3:
        cmd_adjudication(args[1], args[2])
    elif args[:1] == ["add"] and len(args) == 2:
        cmd_add(args[1])
    elif args[:1] == ["disagreements"] and len(args) == 2:
        cmd_disagreements(args[1])
    elif args == ["build"]:
        cmd_build()
    elif args == ["check"]:
        cmd_check()
    elif args == ["agreement"]:
        cmd_agreement()
    else:
        sys.exit(__doc__)
