"""Parse key=value pairs from a settings file."""
import sys

settings = {}
with open(sys.argv[1]) as fh:
    for line in fh:
        key, _, value = line.strip().partition("=")
        if key:
            settings[key] = value
print(settings)
