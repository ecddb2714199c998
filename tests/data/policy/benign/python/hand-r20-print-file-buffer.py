"""Build a log file name through a buffer and append to it."""
import io

buf = io.StringIO()
print("logs/run.log", end="", file=buf)
with open(buf.getvalue(), "a") as fh:
    fh.write("started\n")
