#!/usr/bin/env python3
"""Collect APP_* settings from the environment and call a status endpoint."""
import json
import os
import sys
import urllib.request

PREFIX = "APP_"
DEFAULTS = {"host": "127.0.0.1", "port": "8080", "timeout": "5", "debug": "false"}


def settings_from_env(environ=None):
    environ = os.environ if environ is None else environ
    found = {k[len(PREFIX):].lower(): v for k, v in environ.items() if k.startswith(PREFIX)}
    merged = dict(DEFAULTS)
    merged.update({k: v for k, v in found.items() if k in DEFAULTS})
    unknown = sorted(set(found) - set(DEFAULTS))
    if unknown:
        print("ignoring unknown settings: " + ", ".join(unknown), file=sys.stderr)
    return {
        "host": merged["host"],
        "port": int(merged["port"]),
        "timeout": float(merged["timeout"]),
        "debug": merged["debug"].lower() in ("1", "true", "yes"),
    }


def check_status(cfg):
    url = f"http://{cfg['host']}:{cfg['port']}/status"
    try:
        with urllib.request.urlopen(url, timeout=cfg["timeout"]) as resp:
            return resp.status, json.load(resp)
    except OSError as e:
        return None, {"error": str(e)}


if __name__ == "__main__":
    test = settings_from_env({"APP_PORT": "9000", "APP_DEBUG": "yes", "HOME": "/x"})
    assert test["port"] == 9000 and test["debug"] is True and test["host"] == "127.0.0.1"
    cfg = settings_from_env()
    if cfg["debug"]:
        print("settings:", cfg)
    code, body = check_status(cfg)
    print(code, body)
