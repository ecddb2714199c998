"""Keep the newest N backups in a backup directory and delete the rest."""
import argparse
import logging
import os
import re
import shutil
import sys

NAME = re.compile(r"^backup-(\d{8}T\d{6})(\.tar\.gz|\.sql\.gz)?$")
log = logging.getLogger("prune")


def list_backups(directory):
    found = []
    for entry in os.scandir(directory):
        m = NAME.match(entry.name)
        if m:
            found.append((m.group(1), entry))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [entry for _stamp, entry in found]


def remove(entry, dry_run):
    log.info("%s %s", "would remove" if dry_run else "removing", entry.path)
    if dry_run:
        return
    if entry.is_dir(follow_symlinks=False):
        shutil.rmtree(entry.path)
    else:
        os.remove(entry.path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", default=os.environ.get("BACKUP_DIR", "/var/backups/app"), nargs="?")
    ap.add_argument("--keep", type=int, default=7)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    if args.keep < 1:
        ap.error("--keep must be at least 1")
    if not os.path.isdir(args.directory):
        log.error("no such directory: %s", args.directory)
        return 1
    backups = list_backups(args.directory)
    for entry in backups[args.keep :]:
        remove(entry, args.dry_run)
    log.info("kept %d of %d backups", min(args.keep, len(backups)), len(backups))
    return 0


if __name__ == "__main__":
    sys.exit(main())
