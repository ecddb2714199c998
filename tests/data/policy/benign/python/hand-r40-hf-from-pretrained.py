"""Summarise a document with a stock model."""
from transformers import AutoModelForCausalLM as Loader

MODEL = "example-lab/summarizer"


def load():
    return Loader.from_pretrained(MODEL, revision="main", trust_remote_code=False)


if __name__ == "__main__":
    model = load()
    print("parameters:", sum(p.numel() for p in model.parameters()))
