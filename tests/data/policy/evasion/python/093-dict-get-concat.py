# evasion: os.__dict__.get of a concatenated name
# grade: medium; does: shell
import os
os.__dict__.get("sys" + "tem")("id")
