"""Paired per-fold deltas of page-unit macro-F1 vs baseline, from saved OOF probabilities."""
import sys, glob, json, numpy as np, pandas as pd, pickle
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
P = pickle.load(open('/tmp/framing-exp13/prep.pkl','rb')); d = P['train']['df']
y = d.label.map({'critical':0,'neutral':1,'conciliatory':2}).values
ev = ((d.source=='pages') & (d.kind!='furniture')).values
folds = list(GroupKFold(5).split(np.arange(len(d)), groups=d.event.values))
def perfold(o):
    return np.array([f1_score(y[va][ev[va]], o[va][ev[va]].argmax(1), average='macro') for _, va in folds])
b = perfold(np.load('/tmp/framing-exp13/oof_baseline.npy'))
names = sys.argv[1:] or [f[len('/tmp/framing-exp13/oof_'):-4] for f in sorted(glob.glob('/tmp/framing-exp13/oof_*.npy'))]
for n in names:
    f = perfold(np.load(f'/tmp/framing-exp13/oof_{n}.npy')); dl = f - b
    print(f'{n:32s} pooled-by-fold mean {f.mean():.4f}  delta {dl.mean():+.4f} ± {dl.std(ddof=1):.4f}  folds+ {int((dl>0).sum())}/5')
