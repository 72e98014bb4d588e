import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import json, pandas as pd
from feats import tokenize
for f, t in [(ROOT + '/data/labels.csv','/tmp/framing-exp13/tok_train.jsonl'),(ROOT + '/data/heldout.csv','/tmp/framing-exp13/tok_held.jsonl')]:
    d = pd.read_csv(f, keep_default_na=False)
    sw = [json.loads(l) for l in open(t)]
    bad = 0
    for i,(txt, s) in enumerate(zip(d.text, sw)):
        p = [x[0] for x in tokenize(txt)]
        if p != s:
            bad += 1
            if bad < 4: print(repr(txt[:200]), p[:30], s[:30])
    print(f, bad, len(d))
