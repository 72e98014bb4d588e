#!/usr/bin/env python3
"""Reference numbers from scikit-learn for Framing's TF-IDF features and softmax regression.

Run by hand from the package root (never by `swift test`):

    python3 scripts/sklearn_reference.py                 # rewrite the test fixtures
    python3 scripts/sklearn_reference.py --end-to-end    # compare on data/test.csv

Without flags the script writes, from scratch, the fixtures that
Tests/ClassifierTests/ScikitLearnParityTests.swift reads, under
Tests/ClassifierTests/Fixtures/sklearn/:

  corpus.json               a small invented news corpus (3 labels, one with only 3 rows)
                            and its tokens as printed by our own `tokenize --csv`
  tfidf.json                scikit-learn's TfidfVectorizer on those tokens, for a table of
                            options: vocabulary, idf, and the training and held-out matrices
  logistic_regression.json  scikit-learn's LogisticRegression (lbfgs, multinomial, L2,
                            tol 1e-10) for C in {0.01, 1, 100}, with and without balanced
                            class weights: coefficients, intercepts, objective, probabilities

Tokenization is not what is compared: scikit-learn receives exactly our tokens
(`tokenizer` and `preprocessor` are the identity), and builds the n-grams itself, joined
by one space.

With --end-to-end it builds our release executables, trains a model on data/labels.csv
with the default options (`train --cv 0`), classifies every sentence of data/test.csv
(`classify --lines --format jsonl`), fits scikit-learn with the options read back from
the model file's metadata (`tfidf.*`, `training.c`, `training.class_weight`) on the same
tokens, and prints how far the two agree.

Requires scikit-learn 1.9 (`pip install 'scikit-learn==1.9.*'`), numpy and scipy.
"""

import argparse
import csv
import json
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import sklearn
from scipy.special import logsumexp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "ClassifierTests" / "Fixtures" / "sklearn"
CLASSES = ["critical", "neutral", "conciliatory"]

# An invented corpus: short news-like sentences, written for this script. The third label
# has only three training rows, so that balanced class weights matter. Some sentences
# repeat a word (sublinear tf), hold non-ASCII letters (column order), numbers with
# separators, contractions and possessives (tokenizer rules).
TRAIN = [
  ("critical", "The opposition accused the government of hiding the true cost of the new wall."),
  ("critical", "Critics said the ministry ignored warnings about the dam, and the dam failed."),
  ("critical", "Officials in Zürich rejected the report as biased and misleading."),
  ("critical", "The minister denied the charges, calling them a smear campaign by rivals."),
  ("critical", "Protesters accused police of using excessive force during the march."),
  ("critical", "Rights groups condemned the arrests of three journalists in São Paulo."),
  ("critical", "The senator said the trade deal would cost 10,000 jobs and hurt farmers."),
  ("critical", "Auditors said the agency wasted 1.5 billion euros on unused equipment."),
  ("critical", "Union leaders said they won't accept a wage freeze imposed without talks."),
  ("critical", "The company’s critics say its safety record is getting worse, not better."),
  ("critical", "Neighbours accused the regime of shelling villages near the border."),
  ("critical", "The court ruled that the election commission had broken the law."),
  ("critical", "Analysts warned that the budget relies on optimistic forecasts and hidden cuts."),
  ("critical", "Opposition lawmakers walked out, accusing the speaker of silencing debate."),
  ("critical", "The watchdog said the bank misled customers about fees, fees it later doubled."),
  ("critical", "Residents said the government abandoned them after the flood."),
  ("critical", "Doctors criticised the ministry for delays in paying hospital staff."),
  ("critical", "The envoy denied that troops had crossed the border, calling the claim absurd."),
  ("critical", "Environmental groups said the permit ignored the law and the science."),
  ("neutral", "The central bank kept its main interest rate at 4.5 percent on Thursday."),
  ("neutral", "The ministers will meet in Geneva next week, officials said."),
  ("neutral", "The census counted 2.1 million residents in the region, up from 1.9 million."),
  ("neutral", "The trade talks resumed on Monday after a two-week pause, a spokesman said."),
  ("neutral", "Parliament will vote on the budget in March, according to the schedule."),
  ("neutral", "The delegation arrived in Ankara on Tuesday for two days of meetings."),
  ("neutral", "The company reported quarterly revenue of 3 billion dollars."),
  ("neutral", "Voters in the northern province will elect a new governor in June."),
  ("neutral", "The report covers emissions from power plants between 2015 and 2020."),
  ("neutral", "Officials said the border crossing would reopen at 6 a.m. local time."),
  ("neutral", "The summit is scheduled to last three days, the organisers said."),
  ("neutral", "The agency published new figures on unemployment on Friday."),
  ("neutral", "The president’s plane landed in Nairobi shortly after noon."),
  ("neutral", "The election commission said turnout was 61 percent."),
  ("neutral", "Rail services between the two cities were suspended for maintenance."),
  ("neutral", "The ministry said it had received 4,200 applications for the grants."),
  ("neutral", "The court will hear the case in September, a clerk said."),
  ("neutral", "Negotiators met for three hours on Wednesday, officials said."),
  ("conciliatory", "The two leaders agreed to restore flights and reopen their embassies."),
  ("conciliatory", "Both sides welcomed the ceasefire and pledged to keep talking."),
  ("conciliatory", "The rivals shook hands and promised to work together on the border."),
]

# Held-out sentences for transform and predict; the last has no known term at all.
HELDOUT = [
  ("critical", "The government denied the report, calling it biased."),
  ("neutral", "Officials said talks would resume in Geneva on Monday."),
  ("conciliatory", "Both governments agreed to reopen the border and restore trade."),
  ("critical", "Critics accused the agency of wasting money."),
  ("neutral", "The summit ended on Friday, a spokesman said."),
  ("neutral", "Completely unseen wording here"),
]

# The options of the logistic-regression fixture: the project's defaults
# (TrainingConfiguration.standard), in the model file's metadata spelling.
STANDARD_TFIDF = {
  "ngram_min": "1", "ngram_max": "2", "min_df": "2", "max_df": "1.0", "max_features": "none",
  "sublinear_tf": "true", "smooth_idf": "true", "use_idf": "true", "norm": "l2",
}
C_VALUES = [0.01, 1.0, 100.0]
CLASS_WEIGHTS = ["none", "balanced"]


# MARK: Options in the model file's spelling

def document_frequency(text):
  """A `min_df`/`max_df` value as scikit-learn reads it: a float is a fraction of the
  documents, an int a count (the same rule as Swift's `DocumentFrequency(_:)`)."""
  if "." in text or "e" in text.lower():
    return float(text)
  return int(text)


def sklearn_options(meta):
  """TfidfVectorizer keyword arguments for options in the metadata spelling of
  TFIDFOptions (`ngram_min`, `min_df`, ..., `norm`), with our tokens passed through."""
  return dict(
    analyzer="word", tokenizer=lambda tokens: tokens, preprocessor=lambda tokens: tokens,
    lowercase=False, token_pattern=None, stop_words=None,
    ngram_range=(int(meta["ngram_min"]), int(meta["ngram_max"])),
    min_df=document_frequency(meta["min_df"]), max_df=document_frequency(meta["max_df"]),
    max_features=None if meta["max_features"] == "none" else int(meta["max_features"]),
    sublinear_tf=meta["sublinear_tf"] == "true", smooth_idf=meta["smooth_idf"] == "true",
    use_idf=meta["use_idf"] == "true", norm=None if meta["norm"] == "none" else meta["norm"],
    dtype=np.float64)


def options(**changes):
  """Metadata-spelled options: scikit-learn's defaults with bigrams, then `changes`."""
  meta = {
    "ngram_min": "1", "ngram_max": "2", "min_df": "1", "max_df": "1.0", "max_features": "none",
    "sublinear_tf": "false", "smooth_idf": "true", "use_idf": "true", "norm": "l2",
  }
  for key, value in changes.items():
    meta[key] = str(value).lower() if isinstance(value, bool) else str(value)
  return meta


# MARK: Our executables

def build(scratch, release, products):
  """Builds `products` with `swift build`; returns the binary folder."""
  config = ["-c", "release"] if release else []
  for product in products:
    subprocess.run(
      ["swift", "build", "--scratch-path", scratch, *config, "--product", product],
      cwd=ROOT, check=True, stdout=sys.stderr)
  out = subprocess.run(
    ["swift", "build", "--scratch-path", scratch, *config, "--show-bin-path"],
    cwd=ROOT, check=True, capture_output=True, text=True)
  return Path(out.stdout.strip())


def our_tokens(binaries, csv_path):
  """One token list per CSV row, from our `tokenize --csv`."""
  out = subprocess.run(
    [str(binaries / "tokenize"), "--csv", str(csv_path)], cwd=ROOT, check=True,
    capture_output=True, text=True)
  return [json.loads(line) for line in out.stdout.splitlines()]


def write_csv(path, rows):
  with open(path, "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["text", "label"])
    writer.writerows((text, label) for label, text in rows)


# MARK: Fixture writing

def number(value, digits):
  """A float rounded to `digits` significant digits, as the shortest JSON number."""
  value = float(value)
  if value == 0:
    return 0
  rounded = float(f"{value:.{digits}g}")
  return int(rounded) if rounded.is_integer() and abs(rounded) < 2**53 else rounded


def csr(matrix, digits):
  """A sparse matrix as CSR arrays (explicit zeros dropped, columns sorted)."""
  m = sp.csr_matrix(matrix, dtype=np.float64)
  m.eliminate_zeros()
  m.sort_indices()
  return {
    "rows": int(m.shape[0]), "columns": int(m.shape[1]),
    "row_starts": [int(v) for v in m.indptr], "column_indices": [int(v) for v in m.indices],
    "values": [number(v, digits) for v in m.data],
  }


def dump(value, indent=0):
  """JSON with one line per object key or nested list, and lists of scalars inline."""
  pad = "  " * indent
  if isinstance(value, dict):
    if all(not isinstance(v, (dict, list)) for v in value.values()):
      return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    items = [f'{pad}  {json.dumps(k)}: {dump(v, indent + 1)}' for k, v in value.items()]
    return "{\n" + ",\n".join(items) + f"\n{pad}}}"
  if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
    items = [f"{pad}  {dump(v, indent + 1)}" for v in value]
    return "[\n" + ",\n".join(items) + f"\n{pad}]"
  return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_json(name, value):
  path = FIXTURES / name
  path.write_text(dump(value) + "\n", encoding="utf-8")
  print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)", file=sys.stderr)


# MARK: TF-IDF

def tfidf_cases(train_tokens):
  """The option table. Each max_features case is placed against the corpus's term
  frequencies: either at a boundary between two frequencies, or through a tie."""
  cases = []
  for smooth in (True, False):
    for sublinear in (False, True):
      for norm in ("l2", "l1", "none"):
        # Unigrams keep these small; the n-gram cases below use bigrams.
        name = (f"unigrams smooth_idf={str(smooth).lower()} sublinear_tf={str(sublinear).lower()}"
                f" norm={norm}")
        cases.append((name, options(
          ngram_max=1, smooth_idf=smooth, sublinear_tf=sublinear, norm=norm)))
  cases += [
    ("bigrams (scikit-learn's defaults otherwise)", options()),
    ("use_idf=false", options(use_idf=False)),
    ("trigrams only", options(ngram_min=3, ngram_max=3, sublinear_tf=True)),
    ("bigrams only", options(ngram_min=2, ngram_max=2, norm="l1")),
    ("min_df=2 (count)", options(min_df=2)),
    ("min_df=0.06 (fraction: df >= 2.4)", options(min_df=0.06, sublinear_tf=True)),
    ("max_df=5 (count)", options(max_df=5)),
    ("max_df=0.2 (fraction: df <= 8)", options(max_df=0.2, smooth_idf=False)),
    ("min_df=2 max_df=0.5 sublinear l1",
      options(min_df=2, max_df=0.5, sublinear_tf=True, norm="l1")),
    ("project defaults", dict(STANDARD_TFIDF)),
  ]
  # max_features: total counts over the corpus of the terms kept by the df limits.
  counts = {}
  for tokens in train_tokens:
    for n in (1, 2):
      for i in range(len(tokens) - n + 1):
        term = " ".join(tokens[i:i + n])
        counts[term] = counts.get(term, 0) + 1
  totals = sorted(counts.values(), reverse=True)
  # A boundary: keep exactly the terms counted more than t times, for the largest t
  # that keeps at least 10; the cut then falls between two different counts.
  boundary = next(
    sum(1 for c in totals if c > t) for t in sorted(set(totals), reverse=True)
    if sum(1 for c in totals if c > t) >= 10)
  # A tie: cut the group of terms counted twice after its first few members.
  tie = sum(1 for c in totals if c > 2) + 3
  assert totals.count(2) > 6, "the corpus needs more terms counted twice for the tie case"
  cases += [
    (f"max_features={boundary} (no tie at the cut)", options(max_features=boundary)),
    (f"max_features={tie} (tie at the cut: terms counted twice)", options(max_features=tie)),
    ("max_features=25 min_df=2 sublinear smooth off",
      options(max_features=25, min_df=2, sublinear_tf=True, smooth_idf=False)),
  ]
  return cases


def stable_selection(vectorizer_options, train_tokens):
  """The terms max_features keeps when ties go to the alphabetically first term, which
  is what `(-tfs[mask]).argsort(kind='stable')` over scikit-learn's sorted terms gives
  and what our TFIDFVectorizer does (sort by total count, then by term). Also whether the
  cut falls inside a group of equal counts, and that count."""
  unlimited = dict(vectorizer_options, max_features=None)
  # Total raw counts of the terms within the df limits, in alphabetical order.
  raw = TfidfVectorizer(**dict(unlimited, use_idf=False, norm=None, sublinear_tf=False))
  totals = np.asarray(raw.fit_transform(train_tokens).sum(axis=0)).ravel()
  terms = raw.get_feature_names_out()
  limit = vectorizer_options["max_features"]
  order = (-totals).argsort(kind="stable")[:limit]
  kept = sorted(terms[i] for i in order)
  cut = totals[order[-1]]
  tie = bool(np.sum(totals == cut) > np.sum(totals[order] == cut))
  return kept, tie, int(round(cut))


def tfidf_fixture(train_tokens, heldout_tokens, perturbation=None):
  cases = []
  notes = []
  vocabularies = Interned()
  for name, meta in tfidf_cases(train_tokens):
    kwargs = sklearn_options(perturb(meta, perturbation))
    v = TfidfVectorizer(**kwargs)
    x = v.fit_transform(train_tokens)
    vocabulary = list(v.get_feature_names_out())
    case = {"name": name, "options": meta}
    if kwargs["max_features"] is not None:
      kept, tie, cut = stable_selection(kwargs, train_tokens)
      agrees = kept == vocabulary
      case["max_features_cut"] = {
        "count_at_cut": cut, "tie_at_cut": tie, "sklearn_agrees_with_stable_order": agrees,
        "sklearn_vocabulary_if_different": [] if agrees else vocabulary,
      }
      if not tie:
        assert agrees, f"{name}: no tie, yet sklearn kept other terms than a stable sort"
      if not agrees:
        # Expected values: scikit-learn's numbers for the stable selection.
        only_ours = sorted(set(kept) - set(vocabulary))
        only_sklearn = sorted(set(vocabulary) - set(kept))
        notes.append(
          f"{name}: scikit-learn {sklearn.__version__} with numpy {np.__version__} kept "
          f"{only_sklearn} where a stable sort (ties in term order, as TFIDFVectorizer) "
          f"keeps {only_ours}; the fixture expects the stable selection.")
        fixed = dict(kwargs, vocabulary=kept, min_df=1, max_df=1.0, max_features=None)
        v = TfidfVectorizer(**fixed)
        x = v.fit_transform(train_tokens)
        vocabulary = list(v.get_feature_names_out())
        assert vocabulary == kept
    train = csr(x, 8)
    heldout = csr(v.transform(heldout_tokens), 8)
    shape = ("rows", "columns", "row_starts", "column_indices")
    # Document frequencies of the kept terms, from the unweighted pattern.
    df = np.asarray((sp.csr_matrix(x) != 0).sum(axis=0)).ravel()
    case["vocabulary"] = vocabularies.add({
      "terms": vocabulary,
      "document_frequency": [int(d) for d in df],
      "train_pattern": {k: train[k] for k in shape},
      "heldout_pattern": {k: heldout[k] for k in shape},
    })
    # scikit-learn's idf is a function of df alone: store it once per df.
    idf = v.idf_ if kwargs["use_idf"] else np.ones(len(vocabulary))
    by_df = {}
    for d, i in zip(df, idf):
      assert by_df.setdefault(int(d), float(i)) == float(i)
    case["idf_by_document_frequency"] = {str(d): number(by_df[d], 12) for d in sorted(by_df)}
    case["train_values"] = train["values"]
    case["heldout_values"] = heldout["values"]
    cases.append(case)
  return {
    "generator": generator(),
    "notes": notes,
    "layout": (
      "Each case names its vocabulary by index in 'vocabularies': the terms in column "
      "order, their document frequencies, and where the training and held-out matrices "
      "have entries (CSR row starts and column indices). The case's values fill that "
      "pattern (8 significant digits); scikit-learn's idf_ is given per document "
      "frequency (12 digits)."),
    "vocabularies": vocabularies.items,
    "cases": cases,
  }, notes


class Interned:
  """A list of distinct values, so that cases sharing a vocabulary store it once."""

  def __init__(self):
    self.items = []
    self.positions = {}

  def add(self, value):
    key = json.dumps(value, sort_keys=True)
    if key not in self.positions:
      self.positions[key] = len(self.items)
      self.items.append(value)
    return self.positions[key]


# MARK: Logistic regression

def objective(x, y, weights, coef, intercept, c):
  """Our objective and scikit-learn's:
  f(W, b) = [Σ s_i (lse(z_i) − z_{i,y_i}) + ‖W‖²/(2C)] / Σ s_i."""
  z = x @ coef.T + intercept
  loss = np.sum(weights * (logsumexp(z, axis=1) - z[np.arange(len(y)), y]))
  return (loss + 0.5 / c * np.sum(coef * coef)) / np.sum(weights)


def gradient_max(x, y, weights, coef, intercept, c):
  z = x @ coef.T + intercept
  p = np.exp(z - logsumexp(z, axis=1, keepdims=True))
  p[np.arange(len(y)), y] -= 1
  r = p * weights[:, None]
  gw = (x.T @ r).T + coef / c
  gb = r.sum(axis=0)
  return float(max(np.abs(gw).max(), np.abs(gb).max()) / np.sum(weights))


def row_weights(y, class_weight):
  if class_weight == "none":
    return np.ones(len(y))
  counts = np.bincount(y, minlength=len(CLASSES))
  present = np.count_nonzero(counts)
  return len(y) / (present * counts[y])


def fit_logistic(x, y, c, class_weight, tol=1e-10, max_iter=100_000):
  model = LogisticRegression(
    C=c, class_weight=None if class_weight == "none" else "balanced", solver="lbfgs",
    tol=tol, max_iter=max_iter)
  model.fit(x, y)
  assert list(model.classes_) == list(range(len(CLASSES)))
  return model


def as_float32(matrix):
  """The matrix with values rounded to Float, as our SparseMatrix stores them."""
  m = sp.csr_matrix(matrix, dtype=np.float64)
  m.data = m.data.astype(np.float32).astype(np.float64)
  return m


def logistic_fixture(train_tokens, train_labels, heldout_tokens, perturbation=None):
  v = TfidfVectorizer(**sklearn_options(STANDARD_TFIDF))
  x = as_float32(v.fit_transform(train_tokens))
  xh = as_float32(v.transform(heldout_tokens))
  y = np.array(train_labels)
  for m in (x, xh):
    back = np.array([number(a, 9) for a in m.data], dtype=np.float64).astype(np.float32)
    assert np.array_equal(back.astype(np.float64), m.data), "9 digits do not round-trip a Float"
  cases = []
  for c in C_VALUES:
    for class_weight in CLASS_WEIGHTS:
      fitted_c, fitted_weight = perturb_fit(c, class_weight, perturbation)
      model = fit_logistic(x, y, fitted_c, fitted_weight)
      coef = model.coef_
      intercept = model.intercept_
      w = row_weights(y, class_weight)
      p = model.predict_proba(x)
      ph = model.predict_proba(xh)
      top = np.sort(np.vstack([p, ph]), axis=1)
      margin = float((top[:, -1] - top[:, -2]).min())
      # The solvers agree to about 1e-7; a closer call would make the argmax arbitrary.
      assert margin > 1e-6, f"C={c} {class_weight}: argmax nearly tied ({margin})"
      cases.append({
        "name": f"C={c:g} class_weight={class_weight}",
        "c": c, "class_weight": class_weight,
        "sklearn_iterations": int(model.n_iter_[0]),
        "objective": number(objective(x, y, w, coef, intercept, c), 15),
        "gradient_max_at_sklearn_optimum": number(gradient_max(x, y, w, coef, intercept, c), 3),
        "smallest_argmax_margin": number(margin, 3),
        "coef": [[number(a, 12) for a in row] for row in coef],
        "intercept": [number(a, 12) for a in intercept],
        "probabilities_train": [[number(a, 12) for a in row] for row in p],
        "probabilities_heldout": [[number(a, 12) for a in row] for row in ph],
      })
  return {
    "generator": generator(),
    "classes": CLASSES,
    "tfidf_options": STANDARD_TFIDF,
    "vocabulary": list(v.get_feature_names_out()),
    "labels": [int(a) for a in y],
    # Values rounded to Float and written with 9 significant digits, which read back as
    # a Double and rounded to Float give the same Float: both fits see the same matrix.
    "train": csr(x, 9),
    "heldout": csr(xh, 9),
    "cases": cases,
  }


def generator():
  return (f"scripts/sklearn_reference.py with scikit-learn {sklearn.__version__}, "
          f"numpy {np.__version__}, Python {sys.version.split()[0]}")


def write_readme(notes):
  lines = [
    "# scikit-learn reference fixtures",
    "",
    "Written by `python3 scripts/sklearn_reference.py` (do not edit by hand) and read by",
    "`Tests/ClassifierTests/ScikitLearnParityTests.swift`.",
    "",
    f"Generator: {generator()}.",
    "",
    "- `corpus.json`: 40 invented training sentences (critical 19, neutral 18,",
    "  conciliatory 3) and 6 held-out ones, with the tokens of our `tokenize --csv`.",
    "- `tfidf.json`: `TfidfVectorizer` on those tokens (`tokenizer` and `preprocessor` the",
    "  identity, `lowercase=False`, `token_pattern=None`) for each option set: vocabulary in",
    "  column order, idf, and the training and held-out matrices (CSR).",
    "- `logistic_regression.json`: `LogisticRegression(solver='lbfgs', tol=1e-10)`",
    "  (multinomial, L2) on the project-default TF-IDF matrix rounded to Float, for",
    "  C in {0.01, 1, 100} with and without `class_weight='balanced'`.",
    "",
    "## max_features and ties",
    "",
    "scikit-learn sorts the terms alphabetically, then keeps `(-tfs[mask]).argsort()[:limit]`",
    "with numpy's default, unstable sort. Which of several equally frequent terms survive a",
    "cut through a tie therefore depends on numpy's version and the CPU (numpy 2 on x86-64",
    "with AVX-512 argsorts with SIMD sorting networks: here even 16 elements came out in",
    "another order than a stable sort's). `TFIDFVectorizer` breaks ties by",
    "term order, which is `argsort(kind='stable')`. Each max_features case records whether",
    "its cut falls in a tie; where it does not, the script asserts scikit-learn agrees;",
    "where it does, the expected vocabulary is the stable one and the values are",
    "scikit-learn's for that vocabulary.",
    "",
  ]
  if notes:
    lines += ["Disagreements seen when these fixtures were generated:", ""]
    lines += [f"- {n}" for n in notes]
  else:
    lines += ["When these fixtures were generated, scikit-learn agreed with the stable order."]
  lines += [
    "",
    "## Checking that the tests can fail",
    "",
    "`python3 scripts/sklearn_reference.py --perturb NAME` writes deliberately wrong",
    "fixtures (scikit-learn's numbers for a flipped formula under the original option",
    "names); `swift test --filter ScikitLearnParity` must then fail. Run the script again",
    "without `--perturb` to restore the fixtures.",
    "",
  ]
  lines += [f"- `{k}`: {v}" for k, v in PERTURBATIONS.items()]
  (FIXTURES / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


PERTURBATIONS = {
  "smooth": "idf without smoothing (smooth_idf flipped in every TF-IDF case)",
  "sublinear": "sublinear tf flipped in every TF-IDF case",
  "penalty": "penalty ||W||^2/C instead of ||W||^2/(2C) (each fit with C/2)",
  "balanced": "class weights swapped (none <-> balanced)",
}


def perturb(meta, name):
  """TF-IDF options with one formula flipped, for checking that the tests can fail."""
  key = {"smooth": "smooth_idf", "sublinear": "sublinear_tf"}.get(name)
  if key is None:
    return meta
  return dict(meta, **{key: "false" if meta[key] == "true" else "true"})


def perturb_fit(c, class_weight, name):
  """The C and class weight actually fitted under a perturbation."""
  if name == "penalty":
    return c / 2, class_weight
  if name == "balanced":
    return c, "none" if class_weight == "balanced" else "balanced"
  return c, class_weight


def write_fixtures(scratch, build_first, perturbation):
  FIXTURES.mkdir(parents=True, exist_ok=True)
  binaries = build(scratch, False, ["tokenize"]) if build_first else ROOT / scratch / "debug"
  with tempfile.TemporaryDirectory() as tmp:
    corpus_csv = Path(tmp) / "corpus.csv"
    write_csv(corpus_csv, TRAIN + HELDOUT)
    tokens = our_tokens(binaries, corpus_csv)
  assert len(tokens) == len(TRAIN) + len(HELDOUT)
  train_tokens, heldout_tokens = tokens[:len(TRAIN)], tokens[len(TRAIN):]
  train_labels = [CLASSES.index(label) for label, _ in TRAIN]
  write_json("corpus.json", {
    "generator": generator(),
    "classes": CLASSES,
    "train": [{"label": l, "text": t, "tokens": k} for (l, t), k in zip(TRAIN, train_tokens)],
    "heldout": [{"label": l, "text": t, "tokens": k} for (l, t), k in zip(HELDOUT, heldout_tokens)],
  })
  tfidf, notes = tfidf_fixture(train_tokens, heldout_tokens, perturbation)
  write_json("tfidf.json", tfidf)
  write_json("logistic_regression.json",
             logistic_fixture(train_tokens, train_labels, heldout_tokens, perturbation))
  if perturbation:
    print(f"PERTURBED fixtures ({PERTURBATIONS[perturbation]}): the parity tests must fail;"
          " run the script without --perturb to restore them.", file=sys.stderr)
  else:
    write_readme(notes)
  for n in notes:
    print(f"note: {n}", file=sys.stderr)


# MARK: End to end

def read_csv(path):
  with open(path, encoding="utf-8-sig", newline="") as f:
    return list(csv.DictReader(f))


def safetensors_file(path):
  """Metadata and tensors of a safetensors file (8-byte header length, JSON, data)."""
  data = Path(path).read_bytes()
  (length,) = struct.unpack("<Q", data[:8])
  header = json.loads(data[8:8 + length])
  meta = header.pop("__metadata__", {})
  dtypes = {"F64": "<f8", "F32": "<f4", "I64": "<i8", "U8": "u1"}
  tensors = {}
  for name, info in header.items():
    start, end = info["data_offsets"]
    raw = data[8 + length + start:8 + length + end]
    tensors[name] = np.frombuffer(raw, dtype=dtypes[info["dtype"]]).reshape(info["shape"])
  return meta, tensors


def end_to_end(scratch, build_first, labels_csv, test_csv, tolerance=None):
  binaries = build(scratch, True, ["train", "classify", "tokenize"]) if build_first \
    else ROOT / scratch / "release"
  train_rows = read_csv(ROOT / labels_csv)
  test_rows = read_csv(ROOT / test_csv)
  for name, rows in ((labels_csv, train_rows), (test_csv, test_rows)):
    bad = [i + 2 for i, r in enumerate(rows) if any(ch in r["text"] for ch in "\n\r")
           or not r["text"].strip()]
    if bad:
      sys.exit(f"{name}: rows starting on lines {bad[:10]} hold a line break or no text")
  with tempfile.TemporaryDirectory() as tmp:
    model_path = Path(tmp) / "parity.safetensors"
    subprocess.run(
      [str(binaries / "train"), "--labels", str(ROOT / labels_csv), "--cv", "0",
       "--out", str(model_path), "--quiet", "--lexicon", "none", "--names", "none"]
      + (["--tolerance", tolerance] if tolerance else []), cwd=ROOT, check=True)
    lines_path = Path(tmp) / "test-lines.txt"
    lines_path.write_text("".join(r["text"] + "\n" for r in test_rows), encoding="utf-8")
    out = subprocess.run(
      [str(binaries / "classify"), "--model", str(model_path), "--lines", "--format", "jsonl",
       str(lines_path)], cwd=ROOT, check=True, capture_output=True, text=True)
    meta, tensors = safetensors_file(model_path)
  records = [json.loads(line) for line in out.stdout.splitlines()]
  labels = json.loads(meta["labels"])
  assert [r["line"] for r in records] == list(range(1, len(test_rows) + 1)), \
    "classify did not return one record per line"
  ours_p = np.array([[r["probabilities"][name] for name in labels] for r in records])
  ours = np.array([labels.index(r["label"]) for r in records])

  tfidf = {k[len("tfidf."):]: v for k, v in meta.items() if k.startswith("tfidf.")}
  c = float(meta["training.c"])
  class_weight = meta.get("training.class_weight", "none")
  train_tokens = our_tokens(binaries, ROOT / labels_csv)
  test_tokens = our_tokens(binaries, ROOT / test_csv)
  assert len(train_tokens) == len(train_rows) and len(test_tokens) == len(test_rows)
  y = np.array([labels.index(r["label"]) for r in train_rows])
  gold = np.array([labels.index(r["label"]) for r in test_rows])
  v = TfidfVectorizer(**sklearn_options(tfidf))
  x = v.fit_transform(train_tokens)
  xt = v.transform(test_tokens)
  model = LogisticRegression(
    C=c, class_weight=None if class_weight == "none" else "balanced", solver="lbfgs",
    tol=1e-10, max_iter=100_000)
  model.fit(x, y)
  theirs_p = model.predict_proba(xt)
  theirs = theirs_p.argmax(axis=1)
  # scikit-learn at its own default tol (1e-4, Framing's default too), for scale: how far
  # the usual stopping rule lands from the tight optimum.
  loose = LogisticRegression(
    C=c, class_weight=None if class_weight == "none" else "balanced", solver="lbfgs",
    max_iter=100_000)
  loose.fit(x, y)
  loose_p = loose.predict_proba(xt)
  loose_labels = loose_p.argmax(axis=1)

  offsets = tensors["vocabulary_offsets"]
  blob = tensors["vocabulary_bytes"].tobytes()
  our_terms = [blob[offsets[j]:offsets[j + 1]].decode("utf-8") for j in range(len(offsets) - 1)]
  same_vocabulary = our_terms == list(v.get_feature_names_out())
  agree = int(np.sum(ours == theirs))
  f1_ours = f1_score(gold, ours, average="macro", labels=list(range(len(labels))))
  f1_theirs = f1_score(gold, theirs, average="macro", labels=list(range(len(labels))))
  n = len(test_rows)

  shown = ", ".join(f"{k} {tfidf[k]}" for k in sorted(tfidf) if k != "document_count")
  rows = [
    ("macro-F1", f"{f1_ours:.4f}", f"{f1_theirs:.4f}"),
    ("accuracy", f"{np.mean(ours == gold):.4f}", f"{np.mean(theirs == gold):.4f}"),
    ("vocabulary (terms)", f"{len(our_terms):,}", f"{len(v.vocabulary_):,}"),
  ]
  print(f"End-to-end parity with scikit-learn {sklearn.__version__} on {test_csv}"
        f" ({n:,} sentences)")
  print(f"model trained on {labels_csv} with the defaults (train --cv 0);"
        " options from its metadata:")
  print(f"  {shown}; C {c:g}, class_weight {class_weight}")
  print(f"  L-BFGS: {meta.get('training.iterations')} iterations, {meta.get('training.stop')}"
        f" (largest gradient component {float(meta.get('training.gradient_max_norm', 'nan')):.1e});"
        f" scikit-learn: {int(model.n_iter_[0])} iterations, tol 1e-10")
  print()
  print(f"| {'':<28} | {'Framing':>10} | {'scikit-learn':>12} |")
  print(f"|{'-' * 30}|{'-' * 12}|{'-' * 14}|")
  for label, a, b in rows:
    print(f"| {label:<28} | {a:>10} | {b:>12} |")
  print()
  same = "identical" if same_vocabulary else "DIFFERENT"
  print(f"vocabulary and column order:   {same}")
  if same_vocabulary:
    idf_gap = np.abs(tensors["idf"] - v.idf_).max()
    coef_gap = np.abs(tensors["weights"] - model.coef_.T).max()
    print(f"max |idf difference|:          {idf_gap:.1e}")
    print(f"max |weight difference|:       {coef_gap:.1e} (largest |weight| "
          f"{np.abs(model.coef_).max():.2f})")
  agree_ok = agree / n >= 0.995
  f1_ok = abs(f1_ours - f1_theirs) < 0.005
  print(f"predicted labels agree:        {agree:,}/{n:,} = {100 * agree / n:.2f}% "
        f"(target >= 99.5%: {'met' if agree_ok else 'NOT MET'})")
  print(f"macro-F1 difference:           {abs(f1_ours - f1_theirs):.4f} "
        f"(target < 0.005: {'met' if f1_ok else 'NOT MET'})")
  print(f"max |probability difference|:  {np.abs(ours_p - theirs_p).max():.1e}")
  print()
  print(f"for scale, scikit-learn at its default tol (1e-4, {int(loose.n_iter_[0])} iterations)"
        " against its tol 1e-10 fit:")
  print(f"  labels agree {int(np.sum(loose_labels == theirs)):,}/{n:,},"
        f" max |probability difference| {np.abs(loose_p - theirs_p).max():.1e},"
        f" macro-F1 {f1_score(gold, loose_labels, average='macro', labels=list(range(len(labels)))):.4f};"
        f" Framing against it: labels agree {int(np.sum(ours == loose_labels)):,}/{n:,},"
        f" max |probability difference| {np.abs(ours_p - loose_p).max():.1e}")
  return 0 if agree_ok and f1_ok else 1


def main():
  parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  parser.add_argument("--end-to-end", action="store_true",
                      help="train and classify with our release build and compare on the test set")
  parser.add_argument("--scratch-path", default=".build-parity",
                      help="swift build scratch path (default: .build-parity)")
  parser.add_argument("--no-build", action="store_true",
                      help="use executables already built under the scratch path")
  parser.add_argument("--labels", default="data/labels.csv")
  parser.add_argument("--test", default="data/test.csv")
  parser.add_argument("--tolerance", help="passed to train (default: train's own)")
  parser.add_argument("--perturb", choices=sorted(PERTURBATIONS),
                      help="write deliberately wrong fixtures (checking that the tests can fail)")
  args = parser.parse_args()
  if not sklearn.__version__.startswith("1.9."):
    sys.exit(f"scikit-learn {sklearn.__version__} found; run pip install 'scikit-learn==1.9.*'")
  if args.end_to_end:
    return end_to_end(args.scratch_path, not args.no_build, args.labels, args.test, args.tolerance)
  write_fixtures(args.scratch_path, not args.no_build, args.perturb)
  return 0


if __name__ == "__main__":
  sys.exit(main())
