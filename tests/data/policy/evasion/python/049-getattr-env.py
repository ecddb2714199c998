# evasion: attribute name read from the environment
# grade: hard; does: shell
import os
getattr(os, os.environ.get("STEP", "system"))("id")
