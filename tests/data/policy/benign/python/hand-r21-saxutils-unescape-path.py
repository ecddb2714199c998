"""Open the file named in an XML manifest entry."""
from xml.sax.saxutils import unescape

name = unescape("data/R&amp;D &lt;2024&gt;.csv")
with open(name) as f:
    print(sum(1 for _ in f))
