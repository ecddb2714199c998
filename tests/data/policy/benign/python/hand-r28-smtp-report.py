import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["From"] = "ci@localhost"
msg["To"] = "team@localhost"
msg["Subject"] = "nightly build"
msg.set_content("all 212 tests passed")
with smtplib.SMTP("localhost", 25, timeout=5) as s:
    s.send_message(msg)
