"""Pick a random greeting."""
import random

GREETINGS = ["hello", "hi", "good morning"]
print(random.choice(GREETINGS))
print(max(GREETINGS, key=len), min(GREETINGS, key=len))
