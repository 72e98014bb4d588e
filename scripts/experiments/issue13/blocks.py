from harness import *
import re
JOINED = [' '.join(w) for w in WORDS]
CONTRAST = {'but','however','yet','although','though','while','whereas','nevertheless','nonetheless','despite'}
def final_clause_docs(contrast=CONTRAST):
    out = []
    for w in WORDS:
        last = -1
        for i, t in enumerate(w):
            if t in contrast or (t == 'as' and i > 0 and w[i-1] == 'even'): last = i
        out.append(w[last+1:] if last >= 0 else [])
    return out
FINAL = final_clause_docs()
# last clause by punctuation too: tokens after the last gap>1 (comma etc.) that is followed by contrast word
def negation_docs():
    out = []
    for w, ms, g in zip(WORDS, MATCH, GAPS):
        negstart = {}
        neg = P['classes'].index('negation')
        res = list(w); scope_until = -1
        mark = [False]*len(w)
        for cl, ng, fin, first, L in ms:
            if cl == neg:
                j = first + L
                while j < len(w) and g[j] <= 1: mark[j] = True; j += 1
        out.append(['NOT_'+t if m else t for t, m in zip(w, mark)])
    return out
NEGD = negation_docs()
QCH_OPEN = '“"«'; 
def quote_docs():
    out = []
    for i, ts in enumerate(TOKS):
        txt = DF.text.values[i]
        inside = np.zeros(len(txt)+1, dtype=bool)
        st = None
        for k, ch in enumerate(txt):
            if ch in '“«': st = k
            elif ch in '”»' and st is not None: inside[st:k] = True; st = None
            elif ch == '"':
                if st is None: st = k
                else: inside[st:k] = True; st = None
        if st is not None: inside[st:] = True   # open quote to end of unit
        out.append(['Q_'+t[0] if inside[t[1]] else t[0] for t in ts])
    return out
QD = quote_docs()
QFLAG = np.array([any(x.startswith('Q_') for x in q) for q in QD])
def class_stream():
    out = []
    cls = P['classes']
    for w, ms in zip(WORDS, MATCH):
        res = []; i = 0; mi = 0; ms_s = sorted(ms, key=lambda m: m[3])
        byfirst = {m[3]: m for m in ms_s}
        while i < len(w):
            if i in byfirst:
                cl, ng, fin, first, L = byfirst[i]
                res.append('_' + cls[cl] + '_'); i += L
            else:
                res.append(w[i]); i += 1
        out.append(res)
    return out
CSTREAM = class_stream()
# context
ORDER = None
def neighbor_mats():
    n = len(DF); prev = -np.ones(n, int); nxt = -np.ones(n, int)
    d = DF.reset_index()
    pg = d[d.source != 'sentences'].copy()
    pg['s'] = pg.start.astype(float)
    for a, g in pg.groupby('article'):
        g = g.sort_values('s'); idx = g['index'].values
        prev[idx[1:]] = idx[:-1]; nxt[idx[:-1]] = idx[1:]
    def shift(p):
        r = np.where(p >= 0)[0]
        return sp.csr_matrix((np.ones(len(r)), (r, p[r])), shape=(n, n))
    return shift(prev), shift(nxt)
PREV, NEXT = neighbor_mats()
def kind_pos_block():
    n = len(DF); d = DF
    cols = []
    kinds = d.kind.values
    rel = np.zeros(n); first = np.zeros(n)
    dd = d.reset_index()
    pg = dd[dd.source != 'sentences'].copy(); pg['s'] = pg.start.astype(float)
    for a, g in pg.groupby('article'):
        g = g.sort_values('s'); idx = g['index'].values
        rel[idx] = np.arange(len(idx)) / max(1, len(idx)-1)
        first[idx[:3]] = 1
    M = np.stack([kinds == 'heading', kinds == 'furniture', (d.source.values == 'sentences'),
                  first, rel < 0.2, (rel >= 0.2) & (rel < 0.6), rel >= 0.6], 1).astype(float)
    return sp.csr_matrix(M)
KP = kind_pos_block()
