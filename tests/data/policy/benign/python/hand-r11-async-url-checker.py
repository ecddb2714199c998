# Ordinary async CLI: checks a list of URLs concurrently with a thread pool and
# asyncio, printing status codes and timings (a link checker for docs).
import asyncio
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def fetch_status(url):
    start = time.perf_counter()
    req = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "linkcheck/1.0"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            code = resp.status
    except urllib.error.HTTPError as exc:
        code = exc.code
    except (urllib.error.URLError, TimeoutError):
        code = None
    return url, code, time.perf_counter() - start


async def check_all(urls, workers=8):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        tasks = [loop.run_in_executor(pool, fetch_status, u) for u in urls]
        return await asyncio.gather(*tasks)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "links.txt"
    with open(path) as fh:
        urls = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    bad = 0
    for url, code, secs in asyncio.run(check_all(urls)):
        flag = "OK " if code and code < 400 else "BAD"
        bad += flag == "BAD"
        print(f"{flag} {code or '---'} {secs:6.2f}s {url}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
