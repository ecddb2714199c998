# Ordinary program: merges layered JSON config files (defaults, the project's
# config.json, a local override) into one, with environment overrides for a
# few known keys, and writes the result to build/config.merged.json.
import json
import os
import pathlib
import sys

LAYERS = ["config.defaults.json", "config.json", "config.local.json"]
ENV_KEYS = {"APP_PORT": ("server", "port"), "APP_LOG_LEVEL": ("logging", "level")}


def deep_merge(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def load_layers(root):
    merged = {}
    for name in LAYERS:
        p = root / name
        if p.is_file():
            with p.open(encoding="utf-8") as fh:
                merged = deep_merge(merged, json.load(fh))
    return merged


def apply_env(cfg):
    for var, (section, key) in ENV_KEYS.items():
        if var in os.environ:
            cfg.setdefault(section, {})[key] = os.environ[var]
    return cfg


def main(argv):
    root = pathlib.Path(argv[0] if argv else ".")
    cfg = apply_env(load_layers(root))
    out = root / "build" / "config.merged.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(cfg)} sections)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
