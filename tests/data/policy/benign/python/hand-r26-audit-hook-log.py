import sys

seen = []


def hook(event, args):
    if event == "open":
        seen.append(args[0])


sys.addaudithook(hook)
open(__file__).close()
print(seen[:1])
