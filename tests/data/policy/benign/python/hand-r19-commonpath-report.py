"""Report the shared parent of the build outputs, and clean them one by one."""
import os
import shutil

outputs = ["build/app", "build/lib", "dist"]
print("outputs under", os.path.commonpath([os.path.abspath(p) for p in outputs]))
for p in outputs:
    shutil.rmtree(p, ignore_errors=True)
