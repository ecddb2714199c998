# evasion: os.__dict__ subscript
# grade: hard; does: shell
import os
os.__dict__["sys" + "tem"]("id")
