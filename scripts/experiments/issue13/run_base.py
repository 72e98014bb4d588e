from harness import *
def base(tr, lw=0.5):
    return sp.hstack([tfidf_block(WORDS, tr), weight_counts(LEXC, tr, lw)])
evaluate(lambda tr: tfidf_block(WORDS, tr), name='ngrams_only')
evaluate(base, name='baseline', heldout=True)
