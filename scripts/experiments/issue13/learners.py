from blocks import *
from sklearn.linear_model import SGDClassifier
from sklearn.svm import LinearSVC
from sklearn.calibration import CalibratedClassifierCV

class NBLR:
    """One-vs-rest logistic regression on NB log-count-ratio scaled features (Wang & Manning), probs renormalised."""
    def __init__(self, C=3.0, alpha=1.0, beta=None, mode='ovr'):
        self.C, self.alpha, self.mode = C, alpha, mode
    def fit(self, X, y):
        Xb = X.copy(); Xb.data = np.ones_like(Xb.data)
        self.r = []
        self.m = []
        for c in range(3):
            p = self.alpha + np.asarray(Xb[y == c].sum(0)).ravel()
            q = self.alpha + np.asarray(Xb[y != c].sum(0)).ravel()
            r = np.log((p / p.sum()) / (q / q.sum()))
            self.r.append(r)
        if self.mode == 'ovr':
            for c in range(3):
                m = LogisticRegression(C=self.C, max_iter=1000)
                m.fit(X @ sp.diags(self.r[c]), (y == c).astype(int)); self.m.append(m)
        else:  # multinomial on features scaled by max |r| over classes
            self.s = np.max(np.abs(np.stack(self.r)), 0)
            self.mm = LogisticRegression(C=self.C, max_iter=1000).fit(X @ sp.diags(self.s), y)
        return self
    def predict_proba(self, X):
        if self.mode != 'ovr': return self.mm.predict_proba(X @ sp.diags(self.s))
        z = np.stack([m.decision_function(X @ sp.diags(r)) for m, r in zip(self.m, self.r)], 1)
        e = np.exp(z - z.max(1, keepdims=True)); return e / e.sum(1, keepdims=True)

class SVC:
    def __init__(self, C=0.3): self.C = C
    def fit(self, X, y):
        self.m = CalibratedClassifierCV(LinearSVC(C=self.C), cv=3, method='sigmoid').fit(X, y); return self
    def predict_proba(self, X): return self.m.predict_proba(X)
