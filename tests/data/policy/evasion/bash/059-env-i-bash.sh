# evasion: env -i bash -c of a variable
# grade: hard; does: shell
read -r job
env -i bash -c "$job"
