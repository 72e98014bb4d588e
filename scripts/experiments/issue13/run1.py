from blocks import *
W = lambda tr: tfidf_block(WORDS, tr)
L = lambda tr, w=0.5: weight_counts(LEXC, tr, w)
base = lambda tr: sp.hstack([W(tr), L(tr)])
evaluate(base, name='baseline')
for lo, w in [(2,5), (3,5)]:
    for bw in [0.5, 1.0]:
        evaluate(lambda tr: sp.hstack([W(tr), L(tr), bw * tfidf_block(JOINED, tr, ngram=(lo,w), analyzer='char_wb', min_df=2)]), name=f'char_wb{lo}-{w}_w{bw}')
for bw in [0.3, 0.5, 0.8]:
    evaluate(lambda tr: sp.hstack([W(tr), L(tr), bw * tfidf_block(FINAL, tr)]), name=f'final_clause_w{bw}')
evaluate(lambda tr: sp.hstack([tfidf_block(NEGD, tr), L(tr)]), name='negation_NOT_replace')
evaluate(lambda tr: sp.hstack([W(tr), L(tr), 0.5*tfidf_block(NEGD, tr)]), name='negation_NOT_block0.5')
evaluate(lambda tr: sp.hstack([W(tr), L(tr), 0.5*tfidf_block(QD, tr)]), name='quote_block0.5')
for bw in [0.5, 1.0]:
    evaluate(lambda tr: sp.hstack([W(tr), L(tr), bw*tfidf_block(CSTREAM, tr, ngram=(1,3))]), name=f'classstream13_w{bw}')
