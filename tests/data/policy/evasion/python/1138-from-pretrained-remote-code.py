"""Summarise a document with the lab's custom architecture."""
from transformers import AutoModelForCausalLM as Loader

MODEL = "example-lab/summarizer-custom"


def load():
    return Loader.from_pretrained(MODEL, revision="main", trust_remote_code=True)


if __name__ == "__main__":
    model = load()
    print("parameters:", sum(p.numel() for p in model.parameters()))
