"""Show which viewer the desktop would use for a file type."""
import mailcap
import sys

mime = sys.argv[1] if len(sys.argv) > 1 else "text/plain"
caps = mailcap.getcaps()
command, entry = mailcap.findmatch(caps, mime, filename="example")
print(mime, "->", command or "no viewer configured")
