import email
import os
import sys

# Saves the attachments of a message file into a folder.
with open(sys.argv[1], "rb") as fh:
    msg = email.message_from_bytes(fh.read())
out = sys.argv[2] if len(sys.argv) > 2 else "attachments"
os.makedirs(out, exist_ok=True)
for part in msg.walk():
    name = part.get_filename()
    if not name:
        continue
    with open(os.path.join(out, os.path.basename(name)), "wb") as dst:
        dst.write(part.get_payload(decode=True))
