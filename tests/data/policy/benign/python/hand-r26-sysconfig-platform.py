import sysconfig

print(sysconfig.get_platform())
print(sysconfig.get_paths()["purelib"])
