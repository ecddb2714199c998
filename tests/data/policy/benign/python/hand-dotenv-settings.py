"""Load settings for a local service from a project .env file and the
environment (environment wins), validate them and print the effective values
with secrets masked."""
import argparse
import os
import pathlib
import sys

FIELDS = {
    "APP_PORT": int,
    "APP_DEBUG": lambda v: v.lower() in ("1", "true", "yes"),
    "DATABASE_URL": str,
    "API_TOKEN": str,
}
SECRET = {"API_TOKEN", "DATABASE_URL"}


def parse_dotenv(path):
    values = {}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):]
        key, sep, value = line.partition("=")
        if not sep:
            print(f"{path}:{lineno}: ignoring line without '='", file=sys.stderr)
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def load(project_dir):
    env_file = pathlib.Path(project_dir) / ".env"
    merged = parse_dotenv(env_file) if env_file.exists() else {}
    for key in FIELDS:
        if key in os.environ:
            merged[key] = os.environ[key]
    settings, errors = {}, []
    for key, convert in FIELDS.items():
        if key not in merged:
            errors.append(f"missing {key}")
            continue
        try:
            settings[key] = convert(merged[key])
        except ValueError as err:
            errors.append(f"{key}: {err}")
    return settings, errors


def mask(key, value):
    if key in SECRET and isinstance(value, str) and value:
        return value[:3] + "…" if len(value) > 6 else "***"
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("project", nargs="?", default=".")
    args = parser.parse_args()
    settings, errors = load(args.project)
    for key, value in settings.items():
        print(f"{key} = {mask(key, value)}")
    for error in errors:
        print("error:", error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
