"""Parse a version string."""
import re

pattern = re.compile(r"(?P<major>\d+)\.(?P<minor>\d+)")
m = pattern.match("3.11")
print({name: m.group(name) for name in pattern.groupindex})
