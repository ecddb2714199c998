"""Let the operations team adjust log levels at run time."""
import logging
import logging.config
import time

server = logging.config.listen(9030)
server.start()
logging.basicConfig(level=logging.INFO)
try:
    while True:
        logging.info("heartbeat")
        time.sleep(30)
finally:
    logging.config.stopListening()
    server.join()
