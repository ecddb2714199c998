import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "nightly report"
msg["To"] = "ops@example.org"
with open("report.csv", "rb") as fh:
    msg.add_attachment(fh.read(), maintype="text", subtype="csv", filename="report.csv")
with smtplib.SMTP("mail.example.org", 587) as s:
    s.send_message(msg)
