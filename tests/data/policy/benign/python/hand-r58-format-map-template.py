import os

settings = {"user": "guest", "home": "/srv/app"}
print("{user} lives in {home}".format_map(settings))
print("PATH has", len(os.environ.get("PATH", "").split(os.pathsep)), "entries")
