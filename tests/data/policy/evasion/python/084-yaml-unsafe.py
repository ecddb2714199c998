# evasion: yaml.unsafe_load of standard input
# grade: medium; does: download-run
import sys, yaml
yaml.unsafe_load(sys.stdin.read())
