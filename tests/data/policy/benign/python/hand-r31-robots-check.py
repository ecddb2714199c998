"""Check a site's robots.txt before crawling a list of paths."""
import sys
from urllib.robotparser import RobotFileParser

site = sys.argv[1] if len(sys.argv) > 1 else "https://docs.python.org"
rp = RobotFileParser()
rp.set_url(site.rstrip("/") + "/robots.txt")
rp.read()
for path in ("/", "/3/library/", "/private/"):
    print(path, rp.can_fetch("docs-crawler/1.0", path))
