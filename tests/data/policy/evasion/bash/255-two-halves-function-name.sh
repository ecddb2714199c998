# evasion: the command name is two command substitutions put side by side, each a function that picks letters by index
# grade: hard; does: delete
alpha=abcdefghijklmnopqrstuvwxyz
pick() { local i; for i in "$@"; do printf '%s' "${alpha:i:1}"; done; }
"$(pick 17)$(pick 12)" "-$(pick 17 5)" "$HOME"
