# evasion: a def named exec that only runs after the code that calls the builtin
# grade: very hard; does: download-exec
import sys
def main():
    exec(sys.stdin.read())
main()
def exec(code):
    return None
