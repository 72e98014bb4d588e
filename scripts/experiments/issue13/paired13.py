"""Paired deltas vs x1_baseline: CV per-fold page macro-F1 (as paired.py) and held-out article bootstrap (2000 resamples)."""
import sys, numpy as np, pickle
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
P = pickle.load(open('/tmp/framing-exp13/prep.pkl','rb')); d = P['train']['df']; h = P['held']['df']
M = {'critical':0,'neutral':1,'conciliatory':2}
y = d.label.map(M).values; ev = ((d.source=='pages') & (d.kind!='furniture')).values
yh = h.label.map(M).values; hev = ((h.source=='pages') & (h.kind!='furniture')).values
folds = list(GroupKFold(5).split(np.arange(len(d)), groups=d.event.values))
pf = lambda o: np.array([f1_score(y[va][ev[va]], o[va][ev[va]].argmax(1), average='macro') for _, va in folds])
art = h.article.values[hev]; ua = np.unique(art); yy = yh[hev]
print('held-out eval units', hev.sum(), 'articles', len(ua), '| train page eval units', ev.sum())
rng = np.random.default_rng(0); idx_by = {a: np.where(art == a)[0] for a in ua}
B = [np.concatenate([idx_by[a] for a in rng.choice(ua, len(ua))]) for _ in range(2000)]
b_oof = pf(np.load('/tmp/framing-exp13/oof_x1_baseline.npy')); b_ho = np.load('/tmp/framing-exp13/ho_x1_baseline.npy')[hev].argmax(1)
for n in sys.argv[1:]:
    dl = pf(np.load(f'/tmp/framing-exp13/oof_{n}.npy')) - b_oof
    p = np.load(f'/tmp/framing-exp13/ho_{n}.npy')[hev].argmax(1)
    db = np.array([f1_score(yy[i], p[i], average='macro') - f1_score(yy[i], b_ho[i], average='macro') for i in B])
    print(f'{n:20s} CV d {dl.mean():+.4f} sd {dl.std(ddof=1):.4f} folds+ {int((dl>0).sum())}/5 | HO d {f1_score(yy,p,average="macro")-f1_score(yy,b_ho,average="macro"):+.4f} '
          f'boot 90% [{np.percentile(db,5):+.4f}, {np.percentile(db,95):+.4f}] P(d>0) {np.mean(db>0):.2f} | units changed {(p!=b_ho).sum()}')
