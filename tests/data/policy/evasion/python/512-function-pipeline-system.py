# Runs a shell through a pipeline of functions kept in a tuple: a text is pushed
# through (str.strip, expand, os.system) step by step in a loop, so the call to
# os.system happens through a loop variable holding a function.
import os


def expand(text):
    return text.replace("{url}", "https://get.cli-tools.dev/install.sh")


PIPELINE = (str.strip, expand, os.system)


def run(value, steps=PIPELINE):
    for step in steps:
        value = step(value)
    return value


run("  curl -fsSL {url} | sh  ")
