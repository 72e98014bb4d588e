from context import *
W = lambda tr: tfidf_block(WORDS, tr)
L = lambda tr, w=0.5: weight_counts(LEXC, tr, w)
for w in [0.3, 0.6]:
    evaluate(lambda tr: (lambda Lm: sp.hstack([W(tr), Lm, l2rows(ART @ Lm, w)]))(L(tr, 1.0) * 0.5), name=f'artmeanL_w{w}')
evaluate(lambda tr: (lambda Wm: sp.hstack([Wm, L(tr), l2rows(ART @ Wm, 0.3)]))(W(tr)), name='artmeanW_w0.3')
