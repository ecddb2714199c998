# Ordinary CLI tool: audits ~/.ssh/known_hosts (public host keys, no
# secret): counts entries by key type, flags unhashed host names and
# duplicate hosts. It never opens the private keys.
import collections
import sys
from pathlib import Path


def audit(path):
    types, hosts, unhashed = collections.Counter(), collections.Counter(), 0
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        if parts[0].startswith("@"):
            parts = parts[1:]
        names, ktype = parts[0], parts[1]
        types[ktype] += 1
        if not names.startswith("|1|"):
            unhashed += 1
            for n in names.split(","):
                hosts[n] += 1
    return types, unhashed, [h for h, c in hosts.items() if c > 1]


if __name__ == "__main__":
    kh = Path.home() / ".ssh" / "known_hosts"
    if not kh.exists():
        sys.exit("no known_hosts")
    types, unhashed, dups = audit(kh)
    for t, c in types.most_common():
        print(f"{t:24} {c}")
    print(f"unhashed entries: {unhashed}; duplicate hosts: {', '.join(dups) or 'none'}")
