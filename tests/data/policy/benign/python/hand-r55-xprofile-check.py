from pathlib import Path

# Reports whether an X session start-up file exists.
p = Path.home() / ".xprofile"
print("xprofile present" if p.exists() else "no xprofile")
