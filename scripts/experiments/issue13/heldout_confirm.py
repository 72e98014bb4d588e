"""Final confirmation on data/heldout.csv (non-furniture units): fit on all of labels.csv, predict held-out pages."""
from learners import *
import run4lib, sys
def ho(name, make_X, fit):
    X = make_X(TRAIN_IDX).tocsr(); m = fit(X[:NTR], Y[:NTR]); ph = m.predict_proba(X[NTR:]); report(name, ph)
def report(name, ph):
    hev = PAGE_EVAL[NTR:]; pr = ph.argmax(1); dh = DF.iloc[NTR:][hev]
    s, worst = share_error(dh, pr[hev], Y[NTR:][hev]); sp_ = share_error(dh, pr[hev], Y[NTR:][hev], ph[hev])[0]
    res = dict(name=name, ho_f1=f1_score(Y[NTR:][hev], pr[hev], average='macro'), ho_share=s, ho_worst=worst, ho_share_meanp=sp_,
               ho_f1_per_label=f1_score(Y[NTR:][hev], pr[hev], average=None).round(3).tolist())
    print(json.dumps(res), flush=True)
    with open('/tmp/framing-exp13/heldout_results.jsonl', 'a') as f: f.write(json.dumps(res) + '\n')
for n in sys.argv[1:]:
    if n == 'baseline': ho(n, lambda tr: sp.hstack([tfidf_block(WORDS, tr), weight_counts(LEXC, tr, 0.5)]), fit_lr)
    elif n == 'A_char': ho(n, lambda tr: run4lib.combo(tr, quote=0, neg=False), fit_lr)
    elif n == 'C_B_neigh': ho(n, lambda tr: run4lib.combo(tr, **run4lib.CFG['C']), fit_lr)
    elif n == 'D_C_nbmulti': ho(n, lambda tr: run4lib.combo(tr, **run4lib.CFG['C']), lambda X, y: NBLR(C=3, mode='multi').fit(X, y))
    elif n.startswith('stack'): report(n, np.load(f'/tmp/framing-exp13/hoSTASH_{n}.npy'))
