# evasion: mapfile reads code then eval
# grade: very-hard; does: shell
mapfile -t lines < /tmp/job
eval "${lines[@]}"
