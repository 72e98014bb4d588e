"""Issue-13 follow-up: cheap blocks without char n-grams. Run: cd <repo>/scripts/experiments/issue13 &&
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 taskset -c 0 python3 /tmp/framing-exp13/run13.py [--ho-only] NAME..."""
import sys, os
sys.path.insert(0, os.getcwd())           # the issue13 folder (harness/blocks/run4lib/learners)
from learners import *                     # harness -> blocks -> learners (sets 1-thread BLAS env first)
import run4lib
base = lambda tr: sp.hstack([tfidf_block(WORDS, tr), weight_counts(LEXC, tr, 0.5)])   # = heldout_confirm 'baseline'
NO = dict(char=0, quote=0, neg=False)
CANDS = {
    'x1_baseline':      (base, None),
    'x2_neg':           (lambda tr: run4lib.combo(tr, char=0, quote=0, neg=True), None),
    'x3_quote':         (lambda tr: run4lib.combo(tr, char=0, quote=0.5, neg=False), None),
    'x4_neighW':        (lambda tr: run4lib.combo(tr, neighW=0.35, **NO), None),
    'x5_neighL':        (lambda tr: run4lib.combo(tr, neighL=0.5, **NO), None),
    'x6_neighLW':       (lambda tr: run4lib.combo(tr, neighL=0.5, neighW=0.35, **NO), None),
    'x7_all_nochar':    (lambda tr: run4lib.combo(tr, char=0, quote=0.5, neg=True, neighL=0.5, neighW=0.35), None),
    'x8_all_nochar_nb': (lambda tr: run4lib.combo(tr, char=0, quote=0.5, neg=True, neighL=0.5, neighW=0.35),
                         lambda X, y, idx: NBLR(C=3, mode='multi').fit(X, y)),
    # extras (not in the brief): isolate the NB scaling and the negation+neighbour part
    'x9_base_nb':       (base, lambda X, y, idx: NBLR(C=3, mode='multi').fit(X, y)),
    'x10_neg_nb':       (lambda tr: run4lib.combo(tr, char=0, quote=0, neg=True), lambda X, y, idx: NBLR(C=3, mode='multi').fit(X, y)),
    'x11_neg_neighLW':  (lambda tr: run4lib.combo(tr, char=0, quote=0, neg=True, neighL=0.5, neighW=0.35), None),
    'x13_neg_neighL_nb': (lambda tr: run4lib.combo(tr, char=0, quote=0, neg=True, neighL=0.5),
                         lambda X, y, idx: NBLR(C=3, mode='multi').fit(X, y)),
    'x14_neg_neighW_nb': (lambda tr: run4lib.combo(tr, char=0, quote=0, neg=True, neighW=0.35),
                         lambda X, y, idx: NBLR(C=3, mode='multi').fit(X, y)),
    'x15_neg_neighL':   (lambda tr: run4lib.combo(tr, char=0, quote=0, neg=True, neighL=0.5), None),
    'x12_neg_neighLW_nb': (lambda tr: run4lib.combo(tr, char=0, quote=0, neg=True, neighL=0.5, neighW=0.35),
                         lambda X, y, idx: NBLR(C=3, mode='multi').fit(X, y)),
    # the splitter's kind as columns (furniture, heading), so that n-grams need not mark prose
    'x16_kind':         (lambda tr: sp.hstack([base(tr), sp.csr_matrix(KP.toarray()[:, 0:2])]), None),
    'x17_kind_neg':     (lambda tr: sp.hstack([run4lib.combo(tr, char=0, quote=0, neg=True), sp.csr_matrix(KP.toarray()[:, 0:2])]), None),
}
def report(name, ph, sec):
    """exactly heldout_confirm.report (macro-F1, share error from counts and from mean probabilities)"""
    hev = PAGE_EVAL[NTR:]; pr = ph.argmax(1); dh = DF.iloc[NTR:][hev]
    s, worst = share_error(dh, pr[hev], Y[NTR:][hev]); sp_ = share_error(dh, pr[hev], Y[NTR:][hev], ph[hev])[0]
    res = dict(name=name, ho_f1=f1_score(Y[NTR:][hev], pr[hev], average='macro'), ho_share=s, ho_worst=worst, ho_share_meanp=sp_,
               ho_f1_per_label=f1_score(Y[NTR:][hev], pr[hev], average=None).round(3).tolist(), sec=sec)
    print(json.dumps(res), flush=True)
    with open('/tmp/framing-exp13/heldout_results.jsonl', 'a') as f: f.write(json.dumps(res) + '\n')
args = sys.argv[1:]; ho_only = '--ho-only' in args; args = [a for a in args if a != '--ho-only']
for n in args:
    mk, fit = CANDS[n]
    if ho_only:
        t0 = time.time(); f = fit or (lambda X, y, idx: fit_lr(X, y))
        X = mk(TRAIN_IDX).tocsr(); m = f(X[:NTR], Y[:NTR], TRAIN_IDX); ph = m.predict_proba(X[NTR:])
        np.save(f'/tmp/framing-exp13/ho_{n}.npy', ph)
    else:
        t0 = time.time(); evaluate(mk, fit=fit, name=n, heldout=True)   # CV (results.jsonl) + held-out fit
        ph = np.load(f'/tmp/framing-exp13/ho_{n}.npy')
    report(n, ph, round(time.time() - t0))
