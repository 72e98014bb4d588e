from learners import *
W = lambda tr: tfidf_block(WORDS, tr)
L = lambda tr, w=0.5: weight_counts(LEXC, tr, w)
base = lambda tr: sp.hstack([W(tr), L(tr)])
# context
for w in [0.3, 1.0]:
    evaluate(lambda tr: sp.hstack([W(tr), L(tr), w*KP]), name=f'kindpos_w{w}')
for w in [0.2, 0.35]:
    evaluate(lambda tr: (lambda Wm, Lm: sp.hstack([Wm, Lm, w*(PREV@Wm), w*(NEXT@Wm)]))(W(tr), L(tr)), name=f'neighW_w{w}')
evaluate(lambda tr: (lambda Wm, Lm: sp.hstack([Wm, Lm, 0.5*(PREV@Lm), 0.5*(NEXT@Lm)]))(W(tr), L(tr)), name='neighL_w0.5x0.5')
# learners
evaluate(base, fit=lambda X, y, idx: fit_lr(X, y, C=3, cw='balanced'), name='lr_balanced')
evaluate(base, fit=lambda X, y, idx: fit_lr(X, y, C=5), name='lr_C5')
evaluate(base, fit=lambda X, y, idx: NBLR(C=3).fit(X, y), name='nblr_ovr_C3')
evaluate(base, fit=lambda X, y, idx: NBLR(C=3, mode='multi').fit(X, y), name='nblr_multi_C3')
evaluate(base, fit=lambda X, y, idx: SGDClassifier(loss='modified_huber', alpha=2e-5, max_iter=50, tol=None, random_state=0).fit(X, y), name='sgd_mhuber_a2e-5')
evaluate(base, fit=lambda X, y, idx: SVC(C=0.3).fit(X, y), name='linsvc_C0.3_cal')
