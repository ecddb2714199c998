"""List the files a routine opens, through the audit hook."""
import json
import sys

opened = []


def on_event(event, args):
    if event == "open":
        opened.append(str(args[0]))


sys.addaudithook(on_event)
with open("config.json") as fh:
    json.load(fh)
sys.audit("app.loaded", "config.json")
print("\n".join(opened))
