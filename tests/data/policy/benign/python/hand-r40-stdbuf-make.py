"""Run the test suite with line-buffered output."""
import subprocess

STEP = ["stdbuf", "-oL", "make", "-j4", "check"]


def main():
    proc = subprocess.run(STEP, capture_output=True, text=True, timeout=600)
    print(proc.stdout)


if __name__ == "__main__":
    main()
