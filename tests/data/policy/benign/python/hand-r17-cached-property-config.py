import json
from functools import cached_property
from pathlib import Path


class Profile:
    @cached_property
    def settings(self):
        p = Path.home() / ".config" / "tool" / "settings.json"
        return json.loads(p.read_text()) if p.exists() else {}


print(Profile().settings)
