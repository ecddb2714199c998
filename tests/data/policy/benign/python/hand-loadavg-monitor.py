#!/usr/bin/env python3
"""Sample load average, memory and the biggest processes from /proc every few
seconds and append them as JSON lines to a log file."""
import json
import os
import time
from pathlib import Path

PROC = Path("/proc")


def meminfo():
    info = {}
    for line in (PROC / "meminfo").read_text().splitlines():
        key, _, rest = line.partition(":")
        info[key] = int(rest.split()[0])
    return {"total_kb": info["MemTotal"], "available_kb": info["MemAvailable"]}


def top_processes(n=5):
    rows = []
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except (FileNotFoundError, PermissionError, ProcessLookupError):
            continue
        fields = dict(l.split(":", 1) for l in status.splitlines() if ":" in l)
        rss = fields.get("VmRSS", "0 kB").split()[0]
        rows.append((int(rss), fields.get("Name", "?").strip(), int(entry.name)))
    rows.sort(reverse=True)
    return [{"pid": pid, "name": name, "rss_kb": rss} for rss, name, pid in rows[:n]]


def sample():
    one, five, fifteen = os.getloadavg()
    return {"ts": time.time(), "load": [one, five, fifteen],
            "mem": meminfo(), "top": top_processes()}


def main():
    out = Path(os.environ.get("MONITOR_LOG", "monitor.jsonl"))
    every = float(os.environ.get("MONITOR_EVERY", "5"))
    count = int(os.environ.get("MONITOR_COUNT", "12"))
    with out.open("a") as fh:
        for _ in range(count):
            fh.write(json.dumps(sample()) + "\n")
            fh.flush()
            time.sleep(every)
    print(f"wrote {count} samples to {out}")


if __name__ == "__main__":
    main()
