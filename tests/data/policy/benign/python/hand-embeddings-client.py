"""Embed a few lines of text with an HTTP embeddings API and print nearest pairs.

The API key comes from EMBED_API_KEY; the endpoint can be overridden with
EMBED_API_URL. Results are cached in a JSON file next to the input.
"""
import argparse
import json
import math
import os
import sys
import urllib.error
import urllib.request

DEFAULT_URL = "https://api.example-embeddings.com/v1/embeddings"


def embed(texts, model, url, key):
    payload = json.dumps({"model": model, "input": texts}).encode()
    req = urllib.request.Request(
        url,
        data=payload,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            body = json.load(resp)
    except urllib.error.HTTPError as err:
        sys.exit(f"embedding request failed: {err.code} {err.reason}")
    return [item["embedding"] for item in body["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def load_cache(path):
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    return {}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("input", help="text file, one item per line")
    parser.add_argument("--model", default="text-embed-small")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()

    key = os.environ.get("EMBED_API_KEY")
    if not key:
        sys.exit("set EMBED_API_KEY")
    url = os.environ.get("EMBED_API_URL", DEFAULT_URL)

    with open(args.input, encoding="utf-8") as fh:
        lines = [line.strip() for line in fh if line.strip()]

    cache_path = args.input + ".embeddings.json"
    cache = load_cache(cache_path)
    missing = [line for line in lines if line not in cache]
    for start in range(0, len(missing), 64):
        batch = missing[start:start + 64]
        for text, vector in zip(batch, embed(batch, args.model, url, key)):
            cache[text] = vector
    with open(cache_path, "w", encoding="utf-8") as fh:
        json.dump(cache, fh)

    pairs = []
    for i, a in enumerate(lines):
        for b in lines[i + 1:]:
            pairs.append((cosine(cache[a], cache[b]), a, b))
    pairs.sort(reverse=True)
    for score, a, b in pairs[: args.top]:
        print(f"{score:.3f}  {a!r} ~ {b!r}")


if __name__ == "__main__":
    main()
