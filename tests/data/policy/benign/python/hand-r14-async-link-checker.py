# Ordinary: checks the links of a Markdown file concurrently: resolves each
# host once (socket.getaddrinfo), then sends HEAD requests from worker
# coroutines fed by an asyncio.Queue (urllib in the default executor).
import asyncio
import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request

LINK = re.compile(r"\[[^\]]*\]\((https?://[^)\s]+)\)")


def head(url):
    req = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "linkcheck"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, TimeoutError) as exc:
        return f"error: {exc}"


async def worker(queue, results, loop):
    while True:
        url = await queue.get()
        results[url] = await loop.run_in_executor(None, head, url)
        queue.task_done()


async def check(urls, workers=4):
    loop = asyncio.get_running_loop()
    hosts = {urllib.parse.urlsplit(u).hostname for u in urls}
    dead = set()
    for host in hosts:
        try:
            await loop.getaddrinfo(host, 443, type=socket.SOCK_STREAM)
        except socket.gaierror:
            dead.add(host)
    queue = asyncio.Queue()
    results = {u: "no such host" for u in urls if urllib.parse.urlsplit(u).hostname in dead}
    for u in urls:
        if u not in results:
            queue.put_nowait(u)
    tasks = [asyncio.create_task(worker(queue, results, loop)) for _ in range(workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    return results


def main(path):
    with open(path) as fh:
        urls = sorted(set(LINK.findall(fh.read())))
    results = asyncio.run(check(urls))
    bad = 0
    for url in urls:
        status = results[url]
        ok = isinstance(status, int) and status < 400
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {status!s:<14} {url}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "README.md"))
