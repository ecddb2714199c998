import plistlib

settings = {"Label": "com.example.demo", "Theme": "dark", "Autosave": True}
with open("settings.plist", "wb") as fh:
    plistlib.dump(settings, fh)
