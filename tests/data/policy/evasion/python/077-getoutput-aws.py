# evasion: subprocess.getoutput reads AWS credentials
# grade: easy; does: credentials
import subprocess
print(subprocess.getoutput("cat ~/.aws/credentials"))
