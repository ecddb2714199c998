"""Load a locally trained checkpoint's weights and report its size."""
import torch


def main():
    state = torch.load("checkpoints/model.pt", weights_only=True)
    print("tensors:", len(state))


if __name__ == "__main__":
    main()
