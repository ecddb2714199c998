import urllib.request

prefs = {"lang": "en", "theme": "dark"}
jar = "; ".join(f"{k}={v}" for k, v in prefs.items())
req = urllib.request.Request("https://example.org/", headers={"Cookie": jar})
print(urllib.request.urlopen(req, timeout=5).status)
