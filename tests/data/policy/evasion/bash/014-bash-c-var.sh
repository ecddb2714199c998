# evasion: bash -c of a variable
# grade: medium; does: shell
x=$(cat /tmp/job)
bash -c "$x"
