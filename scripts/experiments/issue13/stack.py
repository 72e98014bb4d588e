"""Two-stage stacking: stage-1 = baseline LR (inner grouped OOF on the training part), stage-2 = LR on
[base features, w * (article-mean of other units' stage-1 probs, prev unit probs, next unit probs)]."""
from context import *
import sys
WS = [float(x) for x in (sys.argv[1].split(',') if len(sys.argv) > 1 else ['1','3'])]
EXTRA = sys.argv[2] if len(sys.argv) > 2 else 'base'
def feats(tr):
    M = [tfidf_block(WORDS, tr), weight_counts(LEXC, tr, 0.5)]
    if 'char' in EXTRA: M.append(1.0 * tfidf_block(JOINED, tr, ngram=(2,5), analyzer='char_wb'))
    if 'quote' in EXTRA: M.append(0.5 * tfidf_block(QD, tr))
    return sp.hstack(M).tocsr()
def ctx(probs):
    pr = sp.csr_matrix(probs)
    has = lambda S: sp.csr_matrix(np.asarray(S.sum(1)).reshape(-1, 1))
    return sp.hstack([ART @ pr, PREV @ pr, NEXT @ pr, has(ART), has(PREV), has(NEXT)]).tocsr()
def run(tr, va):
    X = feats(tr)
    p1 = np.zeros((len(DF), 3))
    g = DF.event.values[tr]
    for itr, iva in GroupKFold(5).split(tr, groups=g):
        m = fit_lr(X[tr[itr]], Y[tr[itr]]); p1[tr[iva]] = m.predict_proba(X[tr[iva]])
    m = fit_lr(X[tr], Y[tr]); p1[va] = m.predict_proba(X[va])
    Cx = ctx(p1)
    out = {}
    for w in WS:
        Z = sp.hstack([X, w * Cx]).tocsr()
        m2 = fit_lr(Z[tr], Y[tr]); out[w] = m2.predict_proba(Z[va])
    out[0] = p1[va]
    return out
oof = {w: np.zeros((NTR, 3)) for w in WS + [0]}
for tr, va in FOLDS:
    o = run(tr, va)
    for w in o: oof[w][va] = o[w]
ho = run(TRAIN_IDX, np.arange(NTR, len(DF)))
ev = PAGE_EVAL[:NTR]; hev = PAGE_EVAL[NTR:]
for w in WS + [0]:
    name = f'stack_{EXTRA}_w{w}'
    pred = oof[w].argmax(1); d = DF.iloc[:NTR][ev]
    res = dict(name=name, cv_f1=f1_score(Y[:NTR][ev], pred[ev], average='macro'),
               cv_share=share_error(d, pred[ev], Y[:NTR][ev])[0], cv_share_p=share_error(d, pred[ev], Y[:NTR][ev], oof[w][ev])[0])
    np.save(f'/tmp/framing-exp13/oof_{name}.npy', oof[w]); np.save(f'/tmp/framing-exp13/hoSTASH_{name}.npy', ho[w])
    print(json.dumps(res), flush=True)
    with open('/tmp/framing-exp13/results.jsonl', 'a') as f: f.write(json.dumps(res) + '\n')
