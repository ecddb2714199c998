import email
import os

# Decodes a base64 MIME body and saves it under the user's notes folder.
msg = email.message_from_string(
    "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQ=\n"
)
text = msg.get_payload(decode=True).decode()
os.makedirs(os.path.expanduser("~/notes"), exist_ok=True)
with open(os.path.expanduser("~/notes/inbox.txt"), "a") as fh:
    fh.write(text + "\n")
