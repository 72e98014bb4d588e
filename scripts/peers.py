#!/usr/bin/env python3
"""The peers that scripts/bench_peers.sh measures Framing against, one process per step.

  peers.py train    PEER TRAIN_CSV MODEL_DIR [--c C]
  peers.py classify PEER MODEL_DIR SENTENCES_TXT OUT_TXT
  peers.py score    PEER MODEL_DIR TEST_CSV

PEER is one of: sklearn (TfidfVectorizer + LogisticRegression, lbfgs), liblinear
(the same TF-IDF + LIBLINEAR -s 0 through scikit-learn's liblinear solver), fasttext
(supervised, word 1-2 grams), vw (Vowpal Wabbit --oaa 3 --ngram 2).

Every step prints one JSON line on stdout with the seconds its own work took (`seconds`,
after imports, including reading the input) and what it counted; bench_peers.sh adds the
whole process's wall time and peak memory from /usr/bin/time. The TF-IDF options are
Framing's defaults (word 1-2 grams, min_df 2, sublinear tf, smooth idf, l2), the token
pattern approximates Framing's tokenizer (letters and digits, apostrophes inside words),
and C is the same number (scikit-learn's objective has the same optimum as Framing's).
"""

import csv
import json
import os
import pickle
import sys
import time

LABELS = ["critical", "neutral", "conciliatory"]
TOKEN_PATTERN = r"(?u)\b\w+(?:['’]\w+)*\b"


def read_csv(path):
    texts, labels = [], []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        t, l = header.index("text"), header.index("label")
        for row in reader:
            texts.append(row[t])
            labels.append(LABELS.index(row[l]))
    return texts, labels


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer
    return TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                           token_pattern=TOKEN_PATTERN)


def fasttext_line(text):
    return " ".join(text.lower().replace("\n", " ").split())


def vw_line(text):
    # '|' and ':' are VW syntax; the rest of the text goes in as it is (lower-cased words).
    return " ".join(text.lower().replace("|", " ").replace(":", " ").split())


def train(peer, csv_path, model_dir, c):
    os.makedirs(model_dir, exist_ok=True)
    start = time.perf_counter()
    texts, labels = read_csv(csv_path)
    info = {"rows": len(texts)}
    if peer in ("sklearn", "liblinear"):
        from sklearn.linear_model import LogisticRegression
        v = vectorizer()
        x = v.fit_transform(texts)
        if peer == "sklearn":
            clf = LogisticRegression(C=c, max_iter=1000)
        else:
            # LIBLINEAR -s 0 (L2-regularised logistic regression, primal), one versus rest
            # for more than two classes as the liblinear command does.
            from sklearn.multiclass import OneVsRestClassifier
            clf = OneVsRestClassifier(LogisticRegression(C=c, solver="liblinear", max_iter=1000))
        clf.fit(x, labels)
        info["features"] = x.shape[1]
        if hasattr(clf, "n_iter_"):
            info["iterations"] = int(max(clf.n_iter_))
        with open(os.path.join(model_dir, "model.pkl"), "wb") as f:
            pickle.dump((v, clf), f, protocol=pickle.HIGHEST_PROTOCOL)
    elif peer == "fasttext":
        import fasttext
        tmp = os.path.join(model_dir, "train.txt")
        with open(tmp, "w", encoding="utf-8") as f:
            for text, y in zip(texts, labels):
                f.write(f"__label__{LABELS[y]} {fasttext_line(text)}\n")
        model = fasttext.train_supervised(tmp, wordNgrams=2, verbose=0, thread=2)
        model.save_model(os.path.join(model_dir, "model.bin"))
        os.remove(tmp)
    elif peer == "vw":
        from vowpalwabbit import Workspace
        ws = Workspace(f"--oaa 3 --ngram 2 --quiet -f {os.path.join(model_dir, 'model.vw')}")
        for text, y in zip(texts, labels):
            ws.learn(f"{y + 1} | {vw_line(text)}")
        ws.finish()
    else:
        raise SystemExit(f"unknown peer '{peer}'")
    info["seconds"] = time.perf_counter() - start
    return info


def load(peer, model_dir):
    if peer in ("sklearn", "liblinear"):
        with open(os.path.join(model_dir, "model.pkl"), "rb") as f:
            v, clf = pickle.load(f)
        return lambda texts: clf.predict(v.transform(texts)).tolist()
    if peer == "fasttext":
        import fasttext
        model = fasttext.load_model(os.path.join(model_dir, "model.bin"))

        def predict(texts):
            labels, _ = model.predict([fasttext_line(t) for t in texts])
            return [LABELS.index(l[0][len("__label__"):]) for l in labels]
        return predict
    if peer == "vw":
        from vowpalwabbit import Workspace
        ws = Workspace(f"--quiet -t -i {os.path.join(model_dir, 'model.vw')}")
        return lambda texts: [int(ws.predict(f" | {vw_line(t)}")) - 1 for t in texts]
    raise SystemExit(f"unknown peer '{peer}'")


def classify(peer, model_dir, sentences, out):
    predict = load(peer, model_dir)
    start = time.perf_counter()
    texts = read_lines(sentences)
    read = time.perf_counter()
    predicted = predict(texts)
    done = time.perf_counter()
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(f"{LABELS[p]}\n" for p in predicted)
    return {"sentences": len(texts), "predict_seconds": done - read,
            "seconds": time.perf_counter() - start}


def macro_f1(gold, predicted, k=3):
    f1s = []
    for c in range(k):
        tp = sum(1 for g, p in zip(gold, predicted) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, predicted) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, predicted) if g == c and p != c)
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / k


def score(peer, model_dir, test_csv):
    texts, gold = read_csv(test_csv)
    return {"rows": len(texts), "macro_f1": macro_f1(gold, load(peer, model_dir)(texts))}


def main():
    args = sys.argv[1:]
    c = 10.0
    if "--c" in args:
        i = args.index("--c")
        c = float(args[i + 1])
        del args[i:i + 2]
    if len(args) >= 4 and args[0] == "train":
        result = train(args[1], args[2], args[3], c)
    elif len(args) >= 5 and args[0] == "classify":
        result = classify(args[1], args[2], args[3], args[4])
    elif len(args) >= 4 and args[0] == "score":
        result = score(args[1], args[2], args[3])
    else:
        raise SystemExit(__doc__)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
