# Ordinary monitoring script: checks a list of service URLs concurrently with
# asyncio (urllib in worker threads) and prints status and latency.
import asyncio
import sys
import time
import urllib.error
import urllib.request


def probe(url):
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            code = resp.status
    except urllib.error.HTTPError as exc:
        code = exc.code
    except (urllib.error.URLError, OSError):
        code = None
    return url, code, time.monotonic() - start


async def check_all(urls):
    return await asyncio.gather(*(asyncio.to_thread(probe, u) for u in urls))


def main(path):
    with open(path) as fh:
        urls = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    bad = 0
    for url, code, dt in asyncio.run(check_all(urls)):
        ok = code is not None and code < 400
        bad += not ok
        print(f"{'OK ' if ok else 'BAD'} {code!s:>4} {dt * 1000:7.1f} ms  {url}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "services.txt"))
