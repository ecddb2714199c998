# evasion: php -r system
# grade: medium; does: shell
php -r 'system("id");'
