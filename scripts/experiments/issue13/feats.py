"""Shared: Python replica of Framing's tokenizer (with offsets) and lexicon matcher."""
import unicodedata, json, re
import numpy as np, pandas as pd

def _is_alpha_or_num(ch):
    cat = unicodedata.category(ch)
    return ch.isalpha() or cat[0] == 'N' or cat in ('Mn','Mc') and False

def word_char(ch):
    o = ord(ch)
    if o < 0x80:
        return ch.isascii() and (ch.isalpha() or ch.isdigit())
    if 0x2000 <= o <= 0x206F: return False
    return ch.isalpha() or unicodedata.category(ch)[0] == 'N' or unicodedata.numeric(ch, None) is not None

def letter(ch):
    o = ord(ch)
    if o < 0x80: return ('a' <= ch.lower() <= 'z')
    return ch.isalpha()

def tokenize(text):
    """returns list of (token, start_char, end_char)"""
    out = []; n = len(text); i = 0
    while i < n:
        if not word_char(text[i]):
            i += 1; continue
        s = i; buf = []; last_letter = False; last_digit = False; apos = -1
        while i < n:
            ch = text[i]; o = ord(ch)
            if o < 0x80:
                if 'a' <= ch <= 'z' or 'A' <= ch <= 'Z':
                    buf.append(ch.lower()); last_letter = True; last_digit = False; i += 1; continue
                if '0' <= ch <= '9':
                    buf.append(ch); last_digit = True; last_letter = False; i += 1; continue
                if ch in '.,' and last_digit and i + 1 < n and '0' <= text[i+1] <= '9':
                    buf.append(ch); last_digit = False; i += 1; continue
                if ch == "'" and last_letter and i + 1 < n and letter(text[i+1]):
                    apos = len(buf); buf.append("'"); last_letter = False; i += 1; continue
                break
            if 0x2000 <= o <= 0x206F and o not in (0x2019, 0x2018):
                break
            if o in (0x2019, 0x2018, 0x02BC) and last_letter and i + 1 < n and letter(text[i+1]):
                apos = len(buf); buf.append("'"); last_letter = False; i += 1; continue
            if ch.isalpha() or unicodedata.category(ch)[0] == 'N':
                buf.append(ch.lower()); last_letter = True; last_digit = False; i += 1; continue
            if unicodedata.category(ch) in ('Mn', 'Mc'):
                buf.append(ch); i += 1; continue
            break
        if apos >= 0 and apos == len(buf) - 2 and buf[-1] == 's':
            buf = buf[:-2]
        out.append((''.join(buf), s, i))
    return out

def gaps(text, toks):
    """byte length between consecutive tokens (g[0]=0)"""
    g = [0]
    for a, b in zip(toks, toks[1:]):
        g.append(len(text[a[2]:b[1]].encode('utf-8')))
    return g

class Lexicon:
    def __init__(self, path, scope=3):
        self.entries = []; classes = set()
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'): continue
            e, c = line.split('\t'); e = e.strip()
            toks = [t[0] for t in tokenize(e)]
            self.entries.append((tuple(toks), c)); classes.add(c)
        self.classes = sorted(classes)
        self.ci = {c: i for i, c in enumerate(self.classes)}
        self.cand = {}
        for idx, (toks, c) in enumerate(self.entries):
            self.cand.setdefault(toks[0], []).append((len(toks), idx, toks, self.ci[c]))
        for k in self.cand: self.cand[k].sort(key=lambda x: (-x[0], x[1]))
        self.neg = self.ci.get('negation'); self.con = self.ci.get('contrast'); self.scope = scope

    def matches(self, toks, g):
        """list of (class, negated, final, first, length)"""
        words = [t[0] for t in toks]; n = len(words); out = []; scope = 0; i = 0
        while i < n:
            if i > 0 and g[i] > 1: scope = 0
            matched = 0
            for L, idx, et, c in self.cand.get(words[i], ()):
                if i + L > n: continue
                if all(words[i+t] == et[t] and g[i+t] <= 1 for t in range(1, L)):
                    if c == self.neg:
                        out.append([c, False, False, i, L]); scope = self.scope + L
                    else:
                        out.append([c, scope > 0, False, i, L])
                    matched = L; break
            step = max(1, matched); scope = max(0, scope - step); i += step
        if self.con is not None:
            last = max((k for k, m in enumerate(out) if m[0] == self.con), default=None)
            if last is not None:
                for m in out[last+1:]: m[2] = True
        return out
