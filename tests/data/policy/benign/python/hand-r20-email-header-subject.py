"""Print the decoded subjects of a saved mailbox."""
import mailbox
from email.header import decode_header

for msg in mailbox.mbox("inbox.mbox"):
    raw, charset = decode_header(msg["Subject"] or "")[0]
    if isinstance(raw, bytes):
        raw = raw.decode(charset or "utf-8")
    print(raw)
