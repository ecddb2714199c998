import shutil
import tempfile

pending = []
pending.append(tempfile.mkdtemp())
pending.append(tempfile.mkdtemp())
while pending:
    shutil.rmtree(pending.pop())
