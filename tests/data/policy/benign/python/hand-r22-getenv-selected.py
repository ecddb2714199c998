"""Print selected configuration variables."""
import os

names = ["LANG", "TZ", "PAGER"]
print({name: os.getenv(name) for name in names})
