#!/usr/bin/env python3
"""A notes tool with subcommands dispatched by method name; data in a JSON file."""
import argparse
import json
import os
import sys
import time

STORE = os.environ.get("NOTES_FILE", os.path.join(os.getcwd(), "notes.json"))


class Notes:
    def __init__(self, path):
        self.path = path
        self.items = []
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                self.items = json.load(f)

    def save(self):
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(self.items, f, indent=2)
        os.replace(tmp, self.path)

    def cmd_add(self, args):
        self.items.append({"id": len(self.items) + 1, "text": " ".join(args.text),
                           "ts": time.time(), "done": False})
        self.save()
        print(f"added #{len(self.items)}")

    def cmd_list(self, args):
        for n in self.items:
            if args.all or not n["done"]:
                print(f"{'x' if n['done'] else ' '} #{n['id']:<3} {n['text']}")

    def cmd_done(self, args):
        for n in self.items:
            if n["id"] == args.id:
                n["done"] = True
                self.save()
                return
        sys.exit(f"no note #{args.id}")


def main(argv=None):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("add")
    p.add_argument("text", nargs="+")
    p = sub.add_parser("list")
    p.add_argument("--all", action="store_true")
    p = sub.add_parser("done")
    p.add_argument("id", type=int)
    args = ap.parse_args(argv)
    notes = Notes(STORE)
    getattr(notes, "cmd_" + args.command)(args)


if __name__ == "__main__":
    main()
