import os
os.environ.setdefault('OMP_NUM_THREADS','1'); os.environ.setdefault('OPENBLAS_NUM_THREADS','1')
import pickle, time, sys, json
import numpy as np, pandas as pd, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.metrics import f1_score

P = pickle.load(open('/tmp/framing-exp13/prep.pkl','rb'))
LABELS = ['critical','neutral','conciliatory']; LI = {l:i for i,l in enumerate(LABELS)}
NCLS = len(P['classes'])

def build_all():
    tr, he = P['train'], P['held']
    rows = {}
    for k in ('df','toks','gaps','matches'):
        rows[k] = (list(tr[k]) if k!='df' else None)
    df = pd.concat([tr['df'], he['df']], ignore_index=True)
    toks = tr['toks'] + he['toks']; gaps = tr['gaps'] + he['gaps']; matches = tr['matches'] + he['matches']
    ntr = len(tr['df'])
    return df, toks, gaps, matches, ntr
DF, TOKS, GAPS, MATCH, NTR = build_all()
WORDS = [[t[0] for t in ts] for ts in TOKS]
Y = DF.label.map(LI).values
IS_HELD = np.arange(len(DF)) >= NTR

ident = lambda x: x
def tfidf_block(docs, fit_idx, ngram=(1,2), min_df=2, analyzer='word', sublinear=True, max_features=None):
    if analyzer == 'word':
        v = TfidfVectorizer(analyzer='word', tokenizer=ident, preprocessor=ident, lowercase=False, token_pattern=None,
                            ngram_range=ngram, min_df=min_df, sublinear_tf=sublinear, dtype=np.float64, max_features=max_features)
    else:
        v = TfidfVectorizer(analyzer=analyzer, ngram_range=ngram, min_df=min_df, sublinear_tf=sublinear, lowercase=False,
                            dtype=np.float64, max_features=max_features)
    v.fit([docs[i] for i in fit_idx])
    return v.transform(docs)

def lexicon_counts(kind='std'):
    """count matrix: plain/negated 2*k columns plus final k columns (Swift layout)."""
    r, c, v = [], [], []
    for i, ms in enumerate(MATCH):
        cnt = {}
        for cl, neg, fin, first, L in ms:
            col = NCLS + cl if neg else cl
            cnt[col] = cnt.get(col, 0) + 1
            if fin: cnt[2*NCLS+cl] = cnt.get(2*NCLS+cl, 0) + 1
        for col, n in cnt.items(): r.append(i); c.append(col); v.append(n)
    return sp.csr_matrix((v, (r, c)), shape=(len(MATCH), 3*NCLS), dtype=np.float64)
LEXC = lexicon_counts()

def weight_counts(C, fit_idx, weight, sublinear=True):
    """Swift-style: tf (sublinear) * idf (from fit rows), l2 per row, * weight"""
    C = C.tocsr().copy()
    n = len(fit_idx)
    df = np.asarray((C[fit_idx] > 0).sum(0)).ravel()
    idf = np.log((1 + n) / (1 + df)) + 1
    if sublinear: C.data = 1 + np.log(C.data)
    X = C @ sp.diags(idf)
    norm = np.sqrt(np.asarray(X.multiply(X).sum(1)).ravel()); norm[norm == 0] = 1
    return sp.diags(weight / norm) @ X

def fit_lr(X, y, C=3.0, cw=None, sw=None):
    m = LogisticRegression(C=C, max_iter=1000, tol=1e-4, class_weight=cw)
    m.fit(X, y, sample_weight=sw)
    return m

def share_error(df_eval, pred, gold, probs=None):
    errs = []
    art = df_eval.article.values
    for a in np.unique(art):
        k = art == a; n = k.sum()
        g = np.bincount(gold[k], minlength=3) / n
        p = probs[k].mean(0) if probs is not None else np.bincount(pred[k], minlength=3) / n
        errs.append(50 * np.abs(g - p).sum())
    return float(np.mean(errs)), float(np.max(errs))

TRAIN_IDX = np.arange(NTR)
PAGE_EVAL = (DF.source.values == 'pages') & (DF.kind.values != 'furniture')
FOLDS = list(GroupKFold(n_splits=5).split(TRAIN_IDX, groups=DF.event.values[:NTR]))

def evaluate(make_X, fit=None, name='', heldout=False, extra=None):
    """make_X(fit_idx) -> full sparse matrix over all rows (train+held). fit(X_tr, y_tr, tr_idx) -> model w/ predict_proba."""
    fit = fit or (lambda X, y, idx: fit_lr(X, y))
    t0 = time.time()
    oof = np.zeros((NTR, 3))
    for tr, va in FOLDS:
        X = make_X(tr).tocsr()
        m = fit(X[tr], Y[tr], tr)
        oof[va] = m.predict_proba(X[va])
    ev = PAGE_EVAL[:NTR]
    pred = oof.argmax(1)
    res = dict(name=name, cv_f1=f1_score(Y[:NTR][ev], pred[ev], average='macro'),
               cv_f1_all=f1_score(Y[:NTR], pred, average='macro'))
    d = DF.iloc[:NTR][ev]
    res['cv_share'] = share_error(d, pred[ev], Y[:NTR][ev])[0]
    res['cv_share_p'] = share_error(d, pred[ev], Y[:NTR][ev], oof[ev])[0]
    if heldout:
        X = make_X(TRAIN_IDX).tocsr()
        m = fit(X[:NTR], Y[:NTR], TRAIN_IDX)
        ph = m.predict_proba(X[NTR:]); hev = PAGE_EVAL[NTR:]
        pr = ph.argmax(1)
        res['ho_f1'] = f1_score(Y[NTR:][hev], pr[hev], average='macro')
        dh = DF.iloc[NTR:][hev]
        res['ho_share'], res['ho_worst'] = share_error(dh, pr[hev], Y[NTR:][hev])
        res['ho_share_p'] = share_error(dh, pr[hev], Y[NTR:][hev], ph[hev])[0]
        np.save(f'/tmp/framing-exp13/ho_{name}.npy', ph)
    np.save(f'/tmp/framing-exp13/oof_{name}.npy', oof)
    res['sec'] = round(time.time() - t0)
    print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in res.items()}), flush=True)
    with open('/tmp/framing-exp13/results.jsonl', 'a') as f: f.write(json.dumps(res) + '\n')
    return res, oof
