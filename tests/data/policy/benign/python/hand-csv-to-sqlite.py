"""Download a CSV data set (or use a cached copy) and load it into SQLite."""
import csv
import io
import logging
import os
import sqlite3
import urllib.request
from pathlib import Path

DATA_URL = os.environ.get("DATA_URL", "https://example.org/data/stations.csv")
CACHE = Path(os.environ.get("DATA_CACHE", "cache")) / "stations.csv"
DB = Path(os.environ.get("DB_PATH", "stations.sqlite3"))

log = logging.getLogger("etl")


def fetch_csv():
    if CACHE.exists():
        log.info("using cached %s", CACHE)
        return CACHE.read_text(encoding="utf-8")
    log.info("downloading %s", DATA_URL)
    with urllib.request.urlopen(DATA_URL, timeout=30) as resp:
        text = resp.read().decode("utf-8")
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(text, encoding="utf-8")
    return text


def rows(text):
    for rec in csv.DictReader(io.StringIO(text)):
        try:
            yield rec["id"], rec["name"], float(rec["lat"]), float(rec["lon"]), rec.get("country", "")
        except (KeyError, ValueError) as exc:
            log.warning("skipping bad row %r: %s", rec, exc)


def load(text):
    con = sqlite3.connect(DB)
    with con:
        con.execute(
            "CREATE TABLE IF NOT EXISTS stations ("
            " id TEXT PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT)"
        )
        con.executemany("INSERT OR REPLACE INTO stations VALUES (?, ?, ?, ?, ?)", rows(text))
    count = con.execute("SELECT COUNT(*) FROM stations").fetchone()[0]
    by_country = con.execute(
        "SELECT country, COUNT(*) FROM stations GROUP BY country ORDER BY 2 DESC LIMIT 5"
    ).fetchall()
    con.close()
    return count, by_country


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    total, top = load(fetch_csv())
    print(f"{total} stations in {DB}")
    for country, n in top:
        print(f"  {country or '?'}: {n}")
