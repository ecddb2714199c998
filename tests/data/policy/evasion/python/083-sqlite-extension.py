# evasion: a shared library loaded through SQLite
# grade: very hard; does: native
import sqlite3
db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
db.load_extension("/tmp/x.so")
