"""Search the package index for a name."""
import sys
import requests

resp = requests.get("https://pypi.example.net/search", params={"q": sys.argv[1], "page": 1}, timeout=5)
print(resp.status_code)
