#!/usr/bin/env python3
"""Ask a chat-completions API a question; the key comes from OPENAI_API_KEY."""
import argparse
import os
import sys
import time

import requests

API_URL = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1") + "/chat/completions"


def ask(question, model, api_key, retries=3):
    payload = {
        "model": model,
        "messages": [
            {"role": "system", "content": "You are a concise assistant."},
            {"role": "user", "content": question},
        ],
        "temperature": 0.2,
    }
    headers = {"Authorization": f"Bearer {api_key}"}
    for attempt in range(1, retries + 1):
        resp = requests.post(API_URL, json=payload, headers=headers, timeout=60)
        if resp.status_code == 429 and attempt < retries:
            wait = float(resp.headers.get("retry-after", 2 ** attempt))
            print(f"rate limited, retrying in {wait:.0f}s", file=sys.stderr)
            time.sleep(wait)
            continue
        resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"]
    raise RuntimeError("no answer")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("question", nargs="+")
    ap.add_argument("--model", default=os.environ.get("OPENAI_MODEL", "gpt-4o-mini"))
    args = ap.parse_args()
    api_key = os.environ.get("OPENAI_API_KEY")
    if not api_key:
        sys.exit("OPENAI_API_KEY is not set")
    print(ask(" ".join(args.question), args.model, api_key))


if __name__ == "__main__":
    main()
