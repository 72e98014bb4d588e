import numpy as np, pandas as pd, pickle
from sklearn.metrics import f1_score, confusion_matrix
P = pickle.load(open('/tmp/framing-exp13/prep.pkl','rb')); d = P['train']['df']
LI = {'critical':0,'neutral':1,'conciliatory':2}
y = d.label.map(LI).values; oof = np.load('/tmp/framing-exp13/oof_baseline.npy'); pr = oof.argmax(1)
ev = (d.source=='pages') & (d.kind!='furniture')
print(confusion_matrix(y[ev], pr[ev]))
d['ntok'] = [len(t) for t in P['train']['toks']]; d['ok'] = (y == pr)
e = d[ev]
print(e.groupby('kind').ok.mean())
print(e.groupby('style').apply(lambda g: pd.Series(dict(n=len(g), acc=g.ok.mean(), f1=f1_score(g.label.map(LI), pr[g.index], average='macro')))).sort_values('f1'))
print(e.groupby(pd.cut(e.ntok, [0,10,20,30,45,200])).ok.agg(['mean','size']))
print('pages-only label dist', e.label.value_counts(normalize=True).round(3).to_dict(), 'sentences', d[d.source=='sentences'].label.value_counts(normalize=True).round(3).to_dict())
print('pred dist on pages', np.bincount(pr[ev])/ev.sum())
nm = len([m for m in P['train']['matches']])
e2 = e.assign(nmatch=[len([x for x in P['train']['matches'][i] if True]) for i in e.index])
print(e2.groupby(e2.nmatch.clip(0,3)).apply(lambda g: pd.Series(dict(n=len(g), acc=g.ok.mean(), neutral=(g.label=='neutral').mean()))))
