# Ordinary program: a test helper that starts the development server, waits
# until its port on 127.0.0.1 accepts connections, runs the integration tests
# with pytest, and stops the server again.
import os
import signal
import socket
import subprocess
import sys
import time

HOST, PORT = "127.0.0.1", int(os.environ.get("DEV_PORT", "8000"))


def wait_for_port(host, port, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.25)
    return False


def main():
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(PORT),
                               "--bind", HOST, "--directory", "public"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not wait_for_port(HOST, PORT):
            print("server did not come up", file=sys.stderr)
            return 2
        env = dict(os.environ, BASE_URL=f"http://{HOST}:{PORT}")
        return subprocess.call([sys.executable, "-m", "pytest", "-q", "tests/integration"], env=env)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
