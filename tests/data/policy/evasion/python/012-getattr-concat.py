# evasion: getattr with a concatenated name
# grade: medium; does: shell
import os
getattr(os, "sys" + "tem")("id")
