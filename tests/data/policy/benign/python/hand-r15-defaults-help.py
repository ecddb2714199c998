"""Print a command's defaults from its signature for the help screen."""
import inspect
import subprocess


def lint(paths=("src", "tests"), tool="ruff", fmt="concise"):
    """Run the linter over the given paths."""
    return subprocess.run([tool, "check", "--output-format", fmt, *paths], check=False).returncode


def describe(fn):
    names = inspect.signature(fn).parameters
    for name, default in zip(names, fn.__defaults__):
        print(f"  --{name} (default {default!r})")


if __name__ == "__main__":
    describe(lint)
    raise SystemExit(lint())
