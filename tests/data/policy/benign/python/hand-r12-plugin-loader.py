# Ordinary program: a report tool that loads formatter plugins from the
# project's own ./plugins directory with importlib (spec_from_file_location)
# and renders a CSV file through the chosen plugin.
import csv
import importlib.util
import pathlib
import sys

PLUGIN_DIR = pathlib.Path(__file__).resolve().parent / "plugins"


def load_plugins():
    plugins = {}
    for path in sorted(PLUGIN_DIR.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"plugins.{path.stem}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        if hasattr(mod, "render"):
            plugins[path.stem] = mod.render
    return plugins


def default_render(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows)


def main(argv):
    if not argv:
        print("usage: report FILE.csv [FORMAT]")
        return 2
    with open(argv[0], newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    if not rows:
        return 0
    fmt = argv[1] if len(argv) > 1 else "table"
    render = load_plugins().get(fmt, default_render)
    print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
