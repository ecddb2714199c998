; Code that comes from the network or from encoded data, run as a program.
;
; A "shell that reads its program from stdin" is an interpreter given no
; script: no argument that is not an option (`sh`, `sudo -E bash -x`), or
; one of `-`, `-s`, /dev/stdin. `curl u | python3 -c '...'` or
; `curl u | bash install.sh` give the download to a program as data.
;
; Command names resolve through quoting, variables, aliases and wrappers
; (sudo, env, nohup, timeout, xargs, busybox...): see lang_bash.c.

; curl u | sh, wget -qO- u | sudo bash, curl u | python3
((pipeline
   (_) @src
   [(command [name: (_) @sh argument: (_) @sh] . argument: (_)* @a)
    (redirected_statement body: (command [name: (_) @sh argument: (_) @sh] . argument: (_)* @a))]) @finding
 (#contains-call? @src "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript")
 (#not-match? @a "^[^-]")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; curl u | bash -s -- --yes, curl u | python3 -
((pipeline
   (_) @src
   [(command name: (_) @sh argument: (_) @s)
    (redirected_statement body: (command name: (_) @sh argument: (_) @s))]) @finding
 (#contains-call? @src "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript")
 (#match? @s "^(-|-[a-z]*s|/dev/stdin|/dev/fd/0|/proc/self/fd/0)$")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; bash <(curl u), source <(wget -O- u), python3 <(curl u)
((command name: (_) @sh argument: (process_substitution) @p) @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript")
 (#contains-call? @p "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; sh -c "$(curl u)", python3 -c "$(curl u)", node -e "$(curl u)"
((command name: (_) @sh argument: (_) @flag . argument: (_) @code) @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|su|runuser|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#match? @flag "^-[a-zA-Z]*[ceEr][a-zA-Z]*$|^--(eval|print|command)$")
 (#contains-call? @code "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; eval "$(curl -fsSL u)", code=$(wget -qO- u); eval "$code"
((command name: (_) @n argument: (_) @code) @finding
 (#resolves-to? @n "eval")
 (#contains-call? @code "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; bash <<< "$(curl u)"
((command name: (_) @sh redirect: (herestring_redirect) @code) @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*")
 (#contains-call? @code "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads code and runs it: whatever the server sends is executed"))

; $(curl u): the download is the command line
((command name: (command_name (command_substitution) @code)) @finding
 (#contains-call? @code "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "runs the output of a download as a command"))

; curl u > x.sh; sh x.sh, wget -O x.sh u && chmod +x x.sh && ./x.sh: the
; file written is run, by an interpreter or as the command itself
((_
   [(redirected_statement body: (command name: (_) @dl) redirect: (file_redirect destination: (_) @file))
    (_ (redirected_statement body: (command name: (_) @dl) redirect: (file_redirect destination: (_) @file)))
    (_ (_ (redirected_statement body: (command name: (_) @dl) redirect: (file_redirect destination: (_) @file))))]
   (command name: (_) @sh argument: (_) @run) @finding)
 (#resolves-to? @dl "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#eq? @file @run)
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a file and runs it: whatever the server sends is executed"))

((_
   [(redirected_statement body: (command name: (_) @dl) redirect: (file_redirect destination: (_) @file))
    (_ (redirected_statement body: (command name: (_) @dl) redirect: (file_redirect destination: (_) @file)))
    (_ (_ (redirected_statement body: (command name: (_) @dl) redirect: (file_redirect destination: (_) @file))))]
   (command name: (command_name) @run) @finding)
 (#resolves-to? @dl "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#eq? @file @run)
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a file and runs it: whatever the server sends is executed"))

((_
   [(command name: (_) @dl argument: (_) @opt . argument: (_) @file)
    (_ (command name: (_) @dl argument: (_) @opt . argument: (_) @file))
    (_ (_ (command name: (_) @dl argument: (_) @opt . argument: (_) @file)))]
   (command name: (_) @sh argument: (_) @run) @finding)
 (#resolves-to? @dl "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#match? @opt "^-[a-zA-Z]*[oO]$|^--output(-document)?$")
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#eq? @file @run)
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a file and runs it: whatever the server sends is executed"))

((_
   [(command name: (_) @dl argument: (_) @opt . argument: (_) @file)
    (_ (command name: (_) @dl argument: (_) @opt . argument: (_) @file))
    (_ (_ (command name: (_) @dl argument: (_) @opt . argument: (_) @file)))]
   (command name: (command_name) @run) @finding)
 (#resolves-to? @dl "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links")
 (#match? @opt "^-[a-zA-Z]*[oO]$|^--output(-document)?$")
 (#eq? @file @run)
 (#set! id "sh-download-exec")
 (#set! severity "high")
 (#set! message "downloads a file and runs it: whatever the server sends is executed"))

; ---- decoded payloads ----

; echo PAYLOAD | base64 -d | sh, xxd -r -p f | bash
((pipeline
   (_) @src
   [(command [name: (_) @sh argument: (_) @sh] . argument: (_)* @a)
    (redirected_statement body: (command [name: (_) @sh argument: (_) @sh] . argument: (_)* @a))]) @finding
 (#contains-call? @src "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd")
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript")
 (#not-match? @a "^[^-]")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

((pipeline
   (_) @src
   [(command name: (_) @sh argument: (_) @s)
    (redirected_statement body: (command name: (_) @sh argument: (_) @s))]) @finding
 (#contains-call? @src "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd")
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript")
 (#match? @s "^(-|-[a-z]*s|/dev/stdin|/dev/fd/0|/proc/self/fd/0)$")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; eval "$(echo PAYLOAD | base64 -d)", p=$(base64 -d <<< X); eval "$p"
((command name: (_) @n argument: (_) @code) @finding
 (#resolves-to? @n "eval")
 (#contains-call? @code "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; bash -c "$(echo X | base64 -d)", python3 -c "$(base64 -d <<< X)"
((command name: (_) @sh argument: (_) @flag . argument: (_) @code) @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|su|runuser|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#match? @flag "^-[a-zA-Z]*[ceEr][a-zA-Z]*$|^--(eval|print|command)$")
 (#contains-call? @code "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; bash <(echo X | base64 -d), bash <<< "$(base64 -d <<< X)"
([(command name: (_) @sh argument: (process_substitution) @code)
  (command name: (_) @sh redirect: (herestring_redirect) @code)] @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*")
 (#contains-call? @code "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; $(echo Y3VybA== | base64 -d) u: the decoded text is the command line
((command name: (command_name (command_substitution) @code)) @finding
 (#contains-call? @code "base64|base32|basenc|xxd|uudecode|openssl|rev|gunzip|gzip|zcat|bzcat|bunzip2|bzip2|xzcat|unxz|xz|zstdcat|unzstd|zstd")
 (#set! id "sh-decode-exec")
 (#set! severity "high")
 (#set! message "decodes data and runs it as a command: the classic way to hide a payload"))
