"""List the distributions installed in the interpreter's purelib."""
import os
import sysconfig

purelib = sysconfig.get_paths()["purelib"]
dists = sorted(n[:-len(".dist-info")] for n in os.listdir(purelib)
               if n.endswith(".dist-info"))
print(purelib)
for d in dists:
    print(" ", d)
