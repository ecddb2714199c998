# evasion: eval of an environment variable whose harmless default is all the analysis sees
# grade: hard; does: download-exec
eval "${BUILD_STEP:-echo building}"
