"""Run the setup steps, each a function and its argument."""
import os

steps = [(print, "setting up"), (os.makedirs, "build/out")]
for step, arg in steps:
    if step is os.makedirs:
        step(arg, exist_ok=True)
    else:
        step(arg)
