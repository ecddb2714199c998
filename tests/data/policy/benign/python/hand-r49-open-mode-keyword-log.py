MODES = {"log": "a", "read": "r"}
with open("build.log", mode=MODES["log"]) as f:
    f.write("build finished\n")
with open("build.log", mode=MODES["read"]) as f:
    print(f.read()[-200:])
