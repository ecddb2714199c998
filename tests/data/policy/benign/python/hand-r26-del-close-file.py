import tempfile


class Log:
    def __init__(self):
        self.f = tempfile.TemporaryFile()

    def __del__(self):
        self.f.close()


l = Log()
del l
