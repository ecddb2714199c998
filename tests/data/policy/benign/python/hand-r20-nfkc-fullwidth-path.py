"""Open a data file whose name came in fullwidth characters."""
import unicodedata

name = unicodedata.normalize("NFKC", "ｄａｔａ/ｉｎｐｕｔ．ｃｓｖ")
with open(name) as fh:
    print(sum(1 for _ in fh))
