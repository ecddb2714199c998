#!/usr/bin/env python3
"""Check that the environment variables a deployment needs are set, without printing secrets."""
import os
import re
import sys

REQUIRED = {
    "DATABASE_URL": re.compile(r"^postgres(ql)?://"),
    "REDIS_URL": re.compile(r"^redis://"),
    "API_TOKEN": re.compile(r"^\S{20,}$"),
    "LOG_LEVEL": re.compile(r"^(DEBUG|INFO|WARNING|ERROR)$"),
}
OPTIONAL = ["SENTRY_DSN", "HTTP_PROXY", "WORKERS"]
SECRET_HINTS = ("TOKEN", "SECRET", "PASSWORD", "KEY", "DSN")


def redact(name, value):
    if any(h in name for h in SECRET_HINTS):
        return value[:3] + "..." if len(value) > 6 else "***"
    if "://" in value and "@" in value:
        scheme, rest = value.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return value


def main():
    problems = 0
    for name, pattern in REQUIRED.items():
        value = os.environ.get(name)
        if value is None:
            print(f"MISSING  {name}")
            problems += 1
        elif not pattern.match(value):
            print(f"INVALID  {name} = {redact(name, value)}")
            problems += 1
        else:
            print(f"ok       {name} = {redact(name, value)}")
    for name in OPTIONAL:
        value = os.getenv(name)
        print(f"optional {name} = {redact(name, value) if value else '(unset)'}")
    workers = os.getenv("WORKERS", "4")
    if not workers.isdigit():
        print("INVALID  WORKERS must be a number")
        problems += 1
    print(f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
