; Running other programs: a shell, a binary, a forked copy of itself.

((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "os\\.(system|popen[234]?)|subprocess\\.(getoutput|getstatusoutput)|commands\\.(getoutput|getstatusoutput)|platform\\.popen|asyncio\\.create_subprocess_shell")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs a shell command")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

((call function: (_) @fn) @finding
 (#resolves-to? @fn "os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|fork|forkpty)|pty\\.(spawn|fork)|multiprocessing\\.Process|_posixsubprocess\\.fork_exec|pydoc\\.(pipepager|tempfilepager|pipe_pager|tempfile_pager)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

; subprocess.run(["git", "log", *args]): the argument list is the command
; line a shell would read, and it is analysed as Bash (what curl | sh,
; sh -c '...', rm -rf ~ are there). A program the analysis cannot know
; (subprocess.run(cmd) with cmd read at run time) is high.
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)")
 (#not-value-match? @cmd "")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a program the analysis cannot know: what it runs was not checked"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)")
 (#value-match? @cmd "")
 (#set! id "py-shell")
 (#set! severity "warn")
 (#set! message "starts another program")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

((call
   function: (_) @fn
   arguments: (argument_list) @cmd) @finding
 (#resolves-to? @fn "asyncio\\.create_subprocess_exec")
 (#not-value-match? @cmd "")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a program the analysis cannot know: what it runs was not checked"))

((call
   function: (_) @fn
   arguments: (argument_list) @cmd) @finding
 (#resolves-to? @fn "asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "")
 (#set! id "py-shell")
 (#set! severity "warn")
 (#set! message "starts another program")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

; subprocess.run("curl ... | sh", shell=True): a shell command, as os.system
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd
     (keyword_argument name: (identifier) @k value: (_) @v))) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)")
 (#eq? @k "shell")
 (#not-match? @v "^(False|None|0)$")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs a shell command")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

; Popen(["sh"], stdin=PIPE): a shell or an interpreter with no script or
; command reads its program from its input, which the analysis never sees
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "^(\\S*/)?(ba|da|z|k|a|fi|tc|c|busybox )?sh( +-[A-Za-z]*| +-)*(\n|$)|^(\\S*/)?(python[0-9.]*|perl|ruby|node|nodejs|php|lua|tclsh|irb|Rscript)( +-[A-Za-z]*| +-)*(\n|$)|(^|\n)(\\S*/)?(ba|da|z|k|a|fi|tc|c)?sh( +-[A-Za-z]*| +-)*(\n|$)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a shell or an interpreter that reads its program from its input, which the analysis does not see"))

; ["sh", "-c", "..."]: a shell command, as os.system (what it runs is
; analysed as well, above)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "(^|\n)'?(\\S*/)?(ba|da|z|k|mk|a|y|fi|tc|c)?sh'?( +-[A-Za-z]+)* +-[A-Za-z]*c")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs a shell command"))

; a program run from a temporary directory: what a dropper downloads there
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "(^|\n)'?/(tmp|var/tmp|dev/shm)/")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "runs a program from a temporary directory, where droppers put what they download"))

; ["bash", "p.sh"], [sys.executable, "stage2.py"]: an interpreter given a
; script file runs code the analysis never read (often just downloaded)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "(^|\n)'?(\\S*/)?((ba|da|z|k|mk|a|y|fi|tc|c)?sh|python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua[0-9.]*|Rscript|tclsh|osascript|deno|bun)'?( +'?-[A-DF-Zabdf-z]+'?)* +'?[^- \n]")
 (#not-value-match? @cmd "(^|\n)'?(\\S*/)?(python[0-9.]*|pypy[0-9.]*)'?( +'?-[A-Za-z]+'?)* +'?-m( |$)")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "runs a script file the analysis does not read: what it does was not checked"))

; ["./x"], ["build/tool"], ["/home/u/.cache/x"]: a program given by a path
; outside the system's directories is a file the analysis never read (a
; dropper's download); programs found on PATH by name are the system's
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "(^|\n)'?[^ /\n']*/")
 (#not-value-match? @cmd "^'?/(usr/|bin/|sbin/|opt/|snap/bin/|nix/)[^\n]*(\n'?/(usr/|bin/|sbin/|opt/|snap/bin/|nix/)[^\n]*)*$")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "runs a program file the analysis does not read, not one of the system's: what it does was not checked"))

; ["env"], ["printenv"]: the whole environment printed (what it is then
; sent to makes it py-env-exfil)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|asyncio\\.create_subprocess_(exec|shell)|os\\.(popen|system)")
 (#value-match? @cmd "(^|\n|[;|&] *)'?(\\S*/)?(env|printenv|export +-p|declare +-[a-z]*x|set)'?( +-[0-9A-Za-z]+)* *($|\n|[;|&>])")
 (#set! id "py-env-dump")
 (#set! severity "warn")
 (#set! message "prints the whole environment, where secrets usually are"))

; git -c core.pager='sh -c ...', --upload-pack=...: git runs the command
; its options give (GTFOBins)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "(^|\n)'?(\\S*/)?git'? [^\n]*(-c|--config-env)[ =]'?[A-Za-z.]*([Pp]ager|[Ee]ditor|[Ss]sh[Cc]ommand|fsmonitor|[Hh]ooks[Pp]ath|[Aa]skpass|textconv|helper|[Cc]ommand|[Pp]rogram|alias\\.)|(^|\n)'?(\\S*/)?git'? [^\n]*--(upload-pack|receive-pack|exec)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts git with an option that makes it run a command (a pager, an editor, an ssh command, an alias)"))

; subprocess.run(["ls", "-c", "id"], executable="/bin/sh"): the program
; run is the executable, not the list's first word
((call
   function: (_) @fn
   arguments: (argument_list (keyword_argument name: (identifier) @k))) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)")
 (#eq? @k "executable")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts the program its executable= names in place of the one the list shows"))

; options that make a program run a command (GTFOBins): ssh -o
; ProxyCommand=, tar --checkpoint-action=exec=, --use-compress-program,
; rsync -e, zip -TT, gdb -ex, and the like
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "ProxyCommand|LocalCommand|KnownHostsCommand|--checkpoint-action|--use-compress-program|--to-command|--info-script|--new-volume-script|--rsh[= ]|--rsync-path|--unzip-command|'?-TT'? |'?-ex'? |--eval-command|--script[= ]|--exec[= ]|--command[= ]|--ssh-command|--pager[= ]|--editor[= ]|(^|\n)'?(\\S*/)?rsync'? [^\n]*'?-e'? ")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a program with an option that makes it run a command (GTFOBins)"))

; python -m timeit/runpy/pdb/trace/cProfile: modules that run the code or
; the script their arguments name
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "python[0-9.]*'?( +-[A-Za-z]+)* +-m +'?(timeit|runpy|code|pdb|trace|cProfile|profile)( |'|\n|$)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts Python with a module that runs code given in its arguments (timeit, runpy, pdb, trace, profile)"))

; pip install https://...: a package from an address, whose setup code runs
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "subprocess\\.(run|call|check_call|check_output|Popen)|asyncio\\.create_subprocess_exec")
 (#value-match? @cmd "pip[0-9.]*'? ([^\n]* )?install [^\n]*'?(https?|ftp|git\\+[a-z]+)://")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "installs a package from an address, whose setup code runs: code the analysis never read"))

; The same functions passed around rather than called here:
; map(os.system, cmds), functools.partial(os.system, 'id')(),
; threading.Thread(target=subprocess.run, ...).
([(attribute) (identifier)] @finding
 (#resolves-to? @finding "os\\.(system|popen[234]?|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|forkpty)|subprocess\\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|pty\\.spawn|commands\\.(getoutput|getstatusoutput)|platform\\.popen|asyncio\\.create_subprocess_(exec|shell)")
 (#not-parent-type? @finding "dotted_name" "aliased_import" "import_from_statement" "attribute" "call")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "hands on a function that runs a shell command or another program"))

; webbrowser.get("sh -c '...' %s"): a browser given as a command line is a
; program webbrowser starts (GenericBrowser), with the URL for %s
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "webbrowser\\.(get|register|GenericBrowser|BackgroundBrowser)")
 (#value-match? @cmd "%s| ")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts a command line given as a web browser")
 (#set! analyze "cmd")
 (#set! analyze-as "bash"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "webbrowser\\.(GenericBrowser|BackgroundBrowser)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts another program (a command given as a web browser)"))
