from blocks import *
def article_matrix(exclude_self=True):
    n = len(DF); art = DF.article.values; src = DF.source.values
    r, c, v = [], [], []
    d = pd.DataFrame({'a': art, 'i': np.arange(n)})[src != 'sentences']
    for a, g in d.groupby('a'):
        idx = g.i.values; k = len(idx)
        if k < 2: continue
        for i in idx:
            for j in idx:
                if exclude_self and i == j: continue
                r.append(i); c.append(j); v.append(1.0 / (k - 1 if exclude_self else k))
    return sp.csr_matrix((v, (r, c)), shape=(n, n))
ART = article_matrix()
def l2rows(X, w=1.0):
    X = X.tocsr(); nrm = np.sqrt(np.asarray(X.multiply(X).sum(1)).ravel()); nrm[nrm == 0] = 1
    return sp.diags(w / nrm) @ X
