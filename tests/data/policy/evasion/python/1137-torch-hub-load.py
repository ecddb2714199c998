"""Score images with the community's latest detector."""
import torch

REPO = "example-lab/detectors:main"


def main():
    model = torch.hub.load(REPO, "tiny", pretrained=True, trust_repo=True)
    model.eval()
    print("detector ready:", type(model).__name__)


if __name__ == "__main__":
    main()
