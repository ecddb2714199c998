# evasion: Python from a here-document starts a shell
# grade: medium; does: shell
python3 - <<'PY'
import os
os.system("id")
PY
