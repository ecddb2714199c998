"""Render nginx and app config files from string.Template files, filling
the placeholders from the environment with defaults, into an output dir."""
import argparse
import os
import string
import sys

DEFAULTS = {
    "APP_PORT": "8000",
    "SERVER_NAME": "localhost",
    "WORKERS": "2",
    "LOG_LEVEL": "info",
}

NGINX = """server {
    listen 80;
    server_name ${SERVER_NAME};
    location / { proxy_pass http://127.0.0.1:${APP_PORT}; }
}
"""

APP = """[app]
port = ${APP_PORT}
workers = ${WORKERS}
log_level = ${LOG_LEVEL}
"""


def render(template, values):
    try:
        return string.Template(template).substitute(values)
    except KeyError as exc:
        raise SystemExit(f"missing value for {exc}")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="rendered")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    values = dict(DEFAULTS)
    values.update({k: v for k, v in os.environ.items() if k in DEFAULTS})
    outputs = {"nginx.conf": render(NGINX, values), "app.ini": render(APP, values)}
    if args.dry_run:
        for name, text in outputs.items():
            print(f"--- {name}\n{text}")
        return 0
    os.makedirs(args.out, exist_ok=True)
    for name, text in outputs.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", os.path.join(args.out, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
