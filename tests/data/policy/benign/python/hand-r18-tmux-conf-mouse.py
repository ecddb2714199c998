"""Set up a comfortable terminal multiplexer for the dev box."""
from pathlib import Path

conf = Path("build") / "tmux.conf"
conf.parent.mkdir(parents=True, exist_ok=True)
lines = [
    "set -g mouse on",
    "set -g history-limit 50000",
    "set -g status-right '#H %H:%M'",
]
with conf.open("a") as fh:
    fh.write("\n".join(lines) + "\n")
print("tmux configured:", conf)
