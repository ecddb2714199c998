# evasion: getattr with a reversed string
# grade: medium; does: shell
import os
getattr(os, "metsys"[::-1])("id")
