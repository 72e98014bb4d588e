"""Share-error post-processing on OOF probabilities (nested: bias fitted on 4 folds' OOF, applied to the 5th).
 count: label counts; meanp: mean probabilities; bias: argmax after additive log-prob bias (chosen to max macro-F1);
 meanp_T: mean of temperature-scaled probs."""
import sys, numpy as np, pandas as pd, pickle, itertools
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
P = pickle.load(open('/tmp/framing-exp13/prep.pkl','rb')); d = P['train']['df']
y = d.label.map({'critical':0,'neutral':1,'conciliatory':2}).values
ev = ((d.source=='pages') & (d.kind!='furniture')).values
folds = list(GroupKFold(5).split(np.arange(len(d)), groups=d.event.values))
def share(idx, probs=None, pred=None):
    art = d.article.values[idx]; e = []
    for a in np.unique(art):
        k = art == a; n = k.sum(); g = np.bincount(y[idx][k], minlength=3) / n
        p = probs[k].mean(0) if probs is not None else np.bincount(pred[k], minlength=3) / n
        e.append(50 * np.abs(g - p).sum())
    return np.mean(e)
grid = [np.array([a, 0, c]) for a in np.arange(-1, 1.01, 0.1) for c in np.arange(-1, 1.01, 0.1)]
def temp(p, T):
    z = np.log(np.clip(p, 1e-12, 1)) / T; z -= z.max(1, keepdims=True); e = np.exp(z); return e / e.sum(1, keepdims=True)
for name in sys.argv[1:]:
    o = np.load(f'/tmp/framing-exp13/oof_{name}.npy'); lo = np.log(np.clip(o, 1e-12, 1))
    r = {'count': [], 'meanp': [], 'bias_f1': [], 'bias_share': [], 'f1': [], 'f1_bias': [], 'meanp_T': []}
    for k, (_, va) in enumerate(folds):
        va = va[ev[va]]
        rest = np.concatenate([f[1][ev[f[1]]] for j, f in enumerate(folds) if j != k])
        bf = max(grid, key=lambda b: f1_score(y[rest], (lo[rest] + b).argmax(1), average='macro'))
        bs = min(grid[::3], key=lambda b: share(rest, pred=(lo[rest] + b).argmax(1)))
        Ts = [0.7, 0.85, 1.0, 1.2, 1.5]; T = min(Ts, key=lambda T: share(rest, probs=temp(o[rest], T)))
        r['count'].append(share(va, pred=o[va].argmax(1))); r['meanp'].append(share(va, probs=o[va]))
        r['bias_f1'].append(share(va, pred=(lo[va] + bf).argmax(1))); r['bias_share'].append(share(va, pred=(lo[va] + bs).argmax(1)))
        r['meanp_T'].append(share(va, probs=temp(o[va], T)))
        r['f1'].append(f1_score(y[va], o[va].argmax(1), average='macro')); r['f1_bias'].append(f1_score(y[va], (lo[va] + bf).argmax(1), average='macro'))
    print(name, {k: round(float(np.mean(v)), 4) for k, v in r.items()})
