# evasion: python -c of a base64 payload
# grade: hard; does: shell
python3 -c "import base64;exec(base64.b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2lkJyk='))"
