"""Apply numbered SQL migrations to a SQLite database, once each, in order."""
import argparse
import hashlib
import logging
import pathlib
import sqlite3

log = logging.getLogger("migrate")

SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
)
"""


def discover(directory):
    found = []
    for path in sorted(pathlib.Path(directory).glob("*.sql")):
        prefix = path.name.split("_", 1)[0]
        if not prefix.isdigit():
            log.warning("skipping %s: no numeric prefix", path.name)
            continue
        found.append((int(prefix), path))
    return found


def applied(conn):
    rows = conn.execute("SELECT version, checksum FROM schema_migrations")
    return dict(rows.fetchall())


def migrate(db_path, directory, dry_run=False):
    conn = sqlite3.connect(db_path)
    conn.execute(SCHEMA)
    done = applied(conn)
    count = 0
    for version, path in discover(directory):
        sql = path.read_text(encoding="utf-8")
        checksum = hashlib.sha256(sql.encode()).hexdigest()
        if version in done:
            if done[version] != checksum:
                raise SystemExit(f"migration {path.name} changed after it was applied")
            continue
        log.info("applying %s", path.name)
        if dry_run:
            continue
        with conn:
            conn.executescript(sql)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)",
                (version, path.name, checksum),
            )
        count += 1
    conn.close()
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database")
    parser.add_argument("--dir", default="migrations")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(message)s")
    n = migrate(args.database, args.dir, args.dry_run)
    log.info("%d migration(s) applied", n)


if __name__ == "__main__":
    main()
