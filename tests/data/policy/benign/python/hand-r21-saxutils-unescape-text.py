"""Decode the text of a feed entry."""
from xml.sax.saxutils import unescape

raw = "Fish &amp; chips &nbsp;&mdash; &pound;5"
text = unescape(raw, {"&nbsp;": " ", "&mdash;": "-", "&pound;": "GBP "})
print(text)
