"""Read a settings file written as a Python literal."""
import ast
from pathlib import Path

text = Path("settings.txt").read_text() if Path("settings.txt").exists() else "{'jobs': 2}"
settings = ast.literal_eval(text)
label = ast.literal_eval(r"'\x62uild'")
print(label, settings.get("jobs", 1))
