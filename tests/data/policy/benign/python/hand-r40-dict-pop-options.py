"""Apply the cleanup plan, consuming each setting as it is used."""
import shutil

PLAN = {"target": "build/cache", "verbose": True}


def main():
    plan = dict(PLAN)
    target = plan.pop("target")
    verbose = plan.pop("verbose", False)
    shutil.rmtree(target, ignore_errors=True)
    if verbose:
        print("cleaned", target)


if __name__ == "__main__":
    main()
