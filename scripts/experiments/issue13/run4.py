from learners import *
import sys
L = lambda tr, w=0.5: weight_counts(LEXC, tr, w)
def combo(tr, char=1.0, quote=0.5, neg=True, neighL=0.0, neighW=0.0, final=0.0, cstream=0.0):
    Wm = tfidf_block(NEGD if neg else WORDS, tr); Lm = L(tr)
    M = [Wm, Lm]
    if char: M.append(char * tfidf_block(JOINED, tr, ngram=(2,5), analyzer='char_wb'))
    if quote: M.append(quote * tfidf_block(QD, tr))
    if neighL: M += [neighL * (PREV @ Lm), neighL * (NEXT @ Lm)]
    if neighW: M += [neighW * (PREV @ Wm), neighW * (NEXT @ Wm)]
    if final: M.append(final * tfidf_block(FINAL, tr))
    if cstream: M.append(cstream * tfidf_block(CSTREAM, tr, ngram=(1,3)))
    return sp.hstack(M)
which = sys.argv[1]
if which == 'a':
    evaluate(lambda tr: combo(tr, quote=0, neg=False), name='A_char')
    evaluate(lambda tr: combo(tr), name='B_char_quote_not')
    evaluate(lambda tr: combo(tr, neighL=0.5, neighW=0.35), name='C_B_neigh')
    evaluate(lambda tr: combo(tr, neighL=0.5, neighW=0.35), fit=lambda X, y, idx: NBLR(C=3, mode='multi').fit(X, y), name='D_C_nbmulti')
    evaluate(lambda tr: combo(tr, neighL=0.5, neighW=0.35, final=0.5, cstream=1.0), name='E_C_final_cstream')
