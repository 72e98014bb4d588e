from blocks import *
def combo(tr, char=1.0, quote=0.5, neg=True, neighL=0.0, neighW=0.0, final=0.0, cstream=0.0):
    Wm = tfidf_block(NEGD if neg else WORDS, tr); Lm = weight_counts(LEXC, tr, 0.5)
    M = [Wm, Lm]
    if char: M.append(char * tfidf_block(JOINED, tr, ngram=(2,5), analyzer='char_wb'))
    if quote: M.append(quote * tfidf_block(QD, tr))
    if neighL: M += [neighL * (PREV @ Lm), neighL * (NEXT @ Lm)]
    if neighW: M += [neighW * (PREV @ Wm), neighW * (NEXT @ Wm)]
    if final: M.append(final * tfidf_block(FINAL, tr))
    if cstream: M.append(cstream * tfidf_block(CSTREAM, tr, ngram=(1,3)))
    return sp.hstack(M)
CFG = {'B': dict(), 'C': dict(neighL=0.5, neighW=0.35), 'E': dict(neighL=0.5, neighW=0.35, final=0.5, cstream=1.0),
       'Bnochar': dict(char=0)}
