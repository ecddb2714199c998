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
 (#resolves-to? @fn "os\\.(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|fork|forkpty)|subprocess\\.(run|call|check_call|check_output|Popen)|pty\\.(spawn|fork)|asyncio\\.create_subprocess_exec|multiprocessing\\.Process|_posixsubprocess\\.fork_exec|pydoc\\.(pipepager|tempfilepager|pipe_pager|tempfile_pager)")
 (#set! id "py-shell")
 (#set! severity "high")
 (#set! message "starts another program or process"))

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
