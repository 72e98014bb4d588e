import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import pickle, pandas as pd, numpy as np
from feats import tokenize, gaps, Lexicon
lex = Lexicon(ROOT + '/data/lexicon/framing-lexicon.tsv')
print(len(lex.entries), lex.classes)
out = {}
for name, f in [('train',ROOT + '/data/labels.csv'),('held',ROOT + '/data/heldout.csv')]:
    d = pd.read_csv(f, keep_default_na=False)
    T, G, M = [], [], []
    for txt in d.text:
        t = tokenize(txt); g = gaps(txt, t)
        T.append(t); G.append(g); M.append(lex.matches(t, g))
    out[name] = dict(df=d, toks=T, gaps=G, matches=M)
out['classes'] = lex.classes
pickle.dump(out, open('/tmp/framing-exp13/prep.pkl','wb'))
