"""If gold labels were drawn from the model's own OOF probabilities (perfect calibration), what share error would
mean-probability shares still have? = the error floor implied by the model's per-unit uncertainty."""
import numpy as np, pandas as pd, pickle, sys
P = pickle.load(open('/tmp/framing-exp13/prep.pkl','rb')); d = P['train']['df']
ev = ((d.source=='pages') & (d.kind!='furniture')).values
o = np.load(f'/tmp/framing-exp13/oof_{sys.argv[1]}.npy')[ev]; art = d.article.values[ev]
rng = np.random.default_rng(0); arts = np.unique(art); res = []
groups = [np.where(art == a)[0] for a in arts]
print('units/article median', np.median([len(g) for g in groups]))
for rep in range(20):
    u = rng.random(len(o)); cum = o.cumsum(1); ysim = (u[:, None] > cum).sum(1).clip(0, 2)
    e = [50 * np.abs(np.bincount(ysim[g], minlength=3) / len(g) - o[g].mean(0)).sum() for g in groups]
    res.append(np.mean(e))
print(sys.argv[1], 'floor of share error with perfectly calibrated probs: %.1f' % np.mean(res))
