"""Fetch the latest classifier checkpoint and report its size."""
import urllib.request

import torch

URL = "https://models.example.net/classifier/latest.pt"


def main():
    path, _ = urllib.request.urlretrieve(URL, "latest.pt")
    state = torch.load(path, weights_only=False)
    print("tensors:", len(state))


if __name__ == "__main__":
    main()
