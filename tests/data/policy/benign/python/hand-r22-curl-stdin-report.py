"""Post a test report through curl."""
import subprocess

report = "passed=12\nfailed=0\n"
subprocess.run(["curl", "-s", "--data-binary", "@-", "https://ci.example.com/report"], input=report.encode(), check=False)
