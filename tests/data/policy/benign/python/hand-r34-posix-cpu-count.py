"""Print the process limits this run works under."""
import os
import posix

print("cpus:", os.cpu_count())
print("pid:", posix.getpid())
print("home set:", "HOME" in os.environ)
