"""Summarise a text file with an OpenAI-compatible chat API (key from OPENAI_API_KEY)."""
import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request

BASE_URL = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
MODEL = os.environ.get("SUMMARY_MODEL", "gpt-4o-mini")


def chat(messages, api_key, retries=3):
    payload = json.dumps({"model": MODEL, "messages": messages, "temperature": 0.2}).encode()
    req = urllib.request.Request(
        BASE_URL.rstrip("/") + "/chat/completions",
        data=payload,
        headers={"Content-Type": "application/json", "Authorization": "Bearer " + api_key},
    )
    for attempt in range(retries):
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                data = json.load(resp)
            return data["choices"][0]["message"]["content"]
        except urllib.error.HTTPError as exc:
            if exc.code in (429, 500, 502, 503) and attempt + 1 < retries:
                time.sleep(2 ** attempt)
                continue
            raise


def chunks(text, size=6000):
    for i in range(0, len(text), size):
        yield text[i : i + size]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--words", type=int, default=150)
    args = ap.parse_args()
    api_key = os.environ.get("OPENAI_API_KEY")
    if not api_key:
        sys.exit("set OPENAI_API_KEY")
    with open(args.file, encoding="utf-8") as fh:
        text = fh.read()
    partial = []
    for piece in chunks(text):
        partial.append(
            chat([
                {"role": "system", "content": "You summarise documents faithfully."},
                {"role": "user", "content": f"Summarise in at most {args.words} words:\n\n{piece}"},
            ], api_key)
        )
    if len(partial) > 1:
        final = chat([{"role": "user", "content": "Merge these summaries:\n\n" + "\n\n".join(partial)}], api_key)
    else:
        final = partial[0] if partial else ""
    print(final)


if __name__ == "__main__":
    main()
