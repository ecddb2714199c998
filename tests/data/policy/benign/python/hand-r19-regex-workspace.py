"""Clean the workspace named in the job description."""
import re
import shutil

JOB = "job=nightly workspace=build/tmp retries=3"
m = re.search(r"workspace=(\S+)", JOB)
shutil.rmtree(m.group(1), ignore_errors=True)
