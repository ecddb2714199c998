#!/usr/bin/env python3
"""Online backup of a SQLite database with the backup API, gzip the copy and
keep the newest N backups in the backup directory."""
import argparse
import datetime as dt
import gzip
import logging
import os
import shutil
import sqlite3
from pathlib import Path

log = logging.getLogger("sqlite-backup")


def backup(src, dest_dir):
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    raw = dest_dir / f"{Path(src).stem}-{stamp}.db"
    with sqlite3.connect(src) as source, sqlite3.connect(raw) as target:
        source.backup(target, pages=256)
    gz = raw.with_suffix(".db.gz")
    with open(raw, "rb") as fin, gzip.open(gz, "wb") as fout:
        shutil.copyfileobj(fin, fout)
    raw.unlink()
    return gz


def prune(dest_dir, keep):
    backups = sorted(dest_dir.glob("*.db.gz"), key=os.path.getmtime, reverse=True)
    for old in backups[keep:]:
        log.info("removing %s", old.name)
        old.unlink()


def verify(gz):
    tmp = gz.with_suffix(".verify")
    with gzip.open(gz, "rb") as fin, open(tmp, "wb") as fout:
        shutil.copyfileobj(fin, fout)
    try:
        with sqlite3.connect(tmp) as conn:
            (status,) = conn.execute("PRAGMA integrity_check").fetchone()
        return status == "ok"
    finally:
        tmp.unlink()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("database")
    ap.add_argument("--dest", default=os.environ.get("BACKUP_DIR", "backups"))
    ap.add_argument("--keep", type=int, default=7)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    dest = Path(args.dest)
    dest.mkdir(parents=True, exist_ok=True)
    gz = backup(args.database, dest)
    if not verify(gz):
        log.error("backup %s failed integrity check", gz)
        return 1
    log.info("wrote %s (%d bytes)", gz, gz.stat().st_size)
    prune(dest, args.keep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
