# An "admin console" for a job runner: it hands its stdin to a Python
# prompt (code.interact), so whatever code the other end sends runs with
# the job's privileges -- nothing of it appears in the program.
import code
import sys

JOBS = {"cleanup": 3, "report": 1}


def main():
    print("job console; jobs:", ", ".join(sorted(JOBS)), file=sys.stderr)
    globals().update(jobs=JOBS)
    code.interact()


if __name__ == "__main__":
    main()
