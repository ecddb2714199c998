"""Print the greeting of a line-based service."""
import telnetlib

conn = telnetlib.Telnet("localhost", 2323, timeout=5)
banner = conn.read_until(b"\n", timeout=5)
print(banner.decode(errors="replace").strip())
conn.write(b"quit\n")
conn.close()
