# Ordinary CLI tool: a small note-taking app that stores notes in an SQLite
# database under ~/.local/share/notes (add, list, search, delete).
import argparse
import os
import sqlite3
import time

DB = os.path.join(os.path.expanduser("~"), ".local", "share", "notes", "notes.db")


def connect():
    os.makedirs(os.path.dirname(DB), exist_ok=True)
    con = sqlite3.connect(DB)
    con.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, ts REAL, body TEXT)")
    return con


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("add").add_argument("text")
    sub.add_parser("list")
    sub.add_parser("search").add_argument("term")
    sub.add_parser("rm").add_argument("id", type=int)
    args = ap.parse_args()
    con = connect()
    with con:
        if args.cmd == "add":
            con.execute("INSERT INTO notes (ts, body) VALUES (?, ?)", (time.time(), args.text))
        elif args.cmd == "rm":
            con.execute("DELETE FROM notes WHERE id = ?", (args.id,))
        else:
            q = "SELECT id, ts, body FROM notes"
            params = ()
            if args.cmd == "search":
                q += " WHERE body LIKE ?"
                params = (f"%{args.term}%",)
            for nid, ts, body in con.execute(q + " ORDER BY ts", params):
                print(f"{nid:>4} {time.strftime('%Y-%m-%d', time.localtime(ts))} {body}")


if __name__ == "__main__":
    main()
