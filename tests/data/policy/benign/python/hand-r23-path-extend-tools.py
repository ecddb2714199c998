"""Put the project's tool folder on PATH and list what it finds."""
import os
import shutil

tools = os.path.abspath("tools")
os.environ["PATH"] = tools + os.pathsep + os.environ.get("PATH", "")
print(shutil.which("python3"))
