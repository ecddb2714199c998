# Walks everything /proc shows and reports what a host secret hunt finds:
# other processes, readable environments, and the host's process tree.
import os

found = []
pids = [p for p in os.listdir("/proc") if p.isdigit()]
for pid in pids:
    for name in ("environ", "cmdline", "maps", "mem", "root/etc/shadow"):
        try:
            with open(f"/proc/{pid}/{name}", "rb") as f:
                data = f.read(65536)
        except OSError:
            continue
        if b"AIRLOCK_HOST_SECRET" in data or b"s3cr3t" in data:
            found.append(f"{pid}/{name}")
print("pids", len(pids))
print("found", found)
