"""Count the items of a local RSS file."""
import sys
import xml.sax


class Items(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.n = 0

    def startElement(self, name, attrs):
        self.n += name == "item"


h = Items()
xml.sax.parse(sys.argv[1] if len(sys.argv) > 1 else "feed.xml", h)
print(h.n, "items")
