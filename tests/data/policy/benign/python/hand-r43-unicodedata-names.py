"""Show the names of a few letters."""
import unicodedata

for c in "abc":
    print(c, unicodedata.name(c), unicodedata.lookup("LATIN SMALL LETTER " + c.upper()))
