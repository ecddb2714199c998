; Code built at run time: eval, the Function constructor, vm, string
; timers; modules chosen at run time; the back doors to require.

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @code)) @finding
 (#resolves-to? @fn "global\\.eval|vm\\.(runInNewContext|runInThisContext|runInContext|compileFunction)|global\\.module\\._compile|module\\.prototype\\._compile")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "runs code that is built or read at run time (eval, vm)")
 (#set! analyze "code"))

; Function(args..., body): the body is the last argument
((call_expression
   function: (_) @fn
   arguments: (arguments (_) @code .)) @finding
 (#resolves-to? @fn "global\\.(Function|AsyncFunction|GeneratorFunction)")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "builds a function from a string (the Function constructor), which is eval")
 (#set! analyze "code"))

((new_expression
   constructor: (_) @fn
   arguments: (arguments (_) @code .)) @finding
 (#resolves-to? @fn "global\\.(Function|AsyncFunction|GeneratorFunction)")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "builds a function from a string (the Function constructor), which is eval")
 (#set! analyze "code"))

((new_expression constructor: (_) @fn) @finding
 (#resolves-to? @fn "global\\.(Function|AsyncFunction|GeneratorFunction)")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "builds a function from a string (the Function constructor), which is eval"))

; Function`code` as a tagged template
((call_expression
   function: (_) @fn
   arguments: (template_string) @code) @finding
 (#resolves-to? @fn "global\\.(eval|Function|AsyncFunction|GeneratorFunction)")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "builds a function from a string (the Function constructor), which is eval")
 (#set! analyze "code"))

((new_expression
   constructor: (_) @fn
   arguments: (arguments . (_) @code)) @finding
 (#resolves-to? @fn "vm\\.(Script|SourceTextModule)")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "compiles code that is built or read at run time (vm.Script)")
 (#set! analyze "code"))

; Reflect.apply(eval, null, [s]), Reflect.construct(Function, [s])
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @target)) @finding
 (#resolves-to? @fn "global\\.Reflect\\.(apply|construct)")
 (#resolves-to? @target "global\\.(eval|Function|AsyncFunction|GeneratorFunction)|vm\\..*")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "runs code that is built or read at run time (eval through Reflect)"))

; ---- what the analysis cannot see is high (fail closed) ----

; Reflect.apply(Function, null, [s]), Reflect.construct(eval, args): as
; the calls above, high when the code cannot be known
((call_expression
   function: (member_expression property: (property_identifier) @method) @fn
   arguments: (arguments . (_) @target [(array (_) @code .) (identifier) @code] .)) @finding
 (#match? @method "^(apply|construct)$")
 (#resolves-to? @fn "global\\.Reflect\\.(apply|construct)")
 (#resolves-to? @target "global\\.(eval|Function|AsyncFunction|GeneratorFunction)|vm\\..*")
 (#unknown-code? @code)
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "runs code the analysis cannot know through Reflect (read or built at run time): what it does was not checked"))

; repl.start(...): a read-eval-print loop runs whatever its input sends,
; a network socket's as well as stdin's (not with an eval of its own)
((call_expression function: (_) @fn arguments: (arguments . (_)? @opts)) @finding
 (#resolves-to? @fn "repl\\.start|repl\\.REPLServer")
 (#not-match? @opts "^\\{[\\s\\S]*\\beval\\s*(:\\s*(?!(undefined|null|void|eval|globalThis|global)\\b)|\\()")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "starts a REPL, which runs whatever code its input sends: what it does was not checked"))

; require('/tmp/m.js'), import('/dev/shm/x.mjs'): code from a scratch file
; the program wrote or downloaded, which the analysis never reads
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @name)) @finding
 (#resolves-to? @fn "global\\.require|global\\.module\\.require|module\\.(_load|prototype\\.require)")
 (#value-match? @name "^(file://)?/(tmp|dev/shm|var/tmp|run/user)/")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "loads code from a scratch file (/tmp, /dev/shm) the analysis does not read: what it does was not checked"))

((call_expression
   function: (import)
   arguments: (arguments . (_) @name)) @finding
 (#value-match? @name "^(file://)?/(tmp|dev/shm|var/tmp|run/user)/")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "loads code from a scratch file (/tmp, /dev/shm) the analysis does not read: what it does was not checked"))

; new Worker('/tmp/w.js'): a worker thread run from a scratch file (one the
; program wrote, a download) the analysis does not read
((new_expression
   constructor: (_) @fn
   arguments: (arguments . (_) @file)) @finding
 (#resolves-to? @fn "worker_threads\\.Worker")
 (#some-value-match? @file "^(file://)?/(tmp|dev/shm|var/tmp|run/user)/")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "runs a worker thread from a scratch file (/tmp, /dev/shm) the analysis does not read: what it does was not checked"))

; cluster.setupPrimary({exec: file}): the workers cluster.fork() starts run
; that file; one the analysis cannot name (downloaded) or in a scratch
; directory (/tmp, /dev/shm) was never read
((call_expression
   function: (_) @fn
   arguments: (arguments (object (pair key: [(property_identifier) (string)] @key value: (_) @file)))) @finding
 (#match? @key "^['\"]?exec['\"]?$")
 (#resolves-to? @fn "cluster\\.(setupPrimary|setupMaster)")
 (#not-match? @file "__dirname|__filename|import\\.meta")
 (#not-each-value-match? @file "^(?!(file://)?/(tmp|dev/shm|var/tmp|run/user)/)[A-Za-z0-9_@./-]+$")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "runs cluster workers from a script the analysis cannot name or did not read: what it does was not checked"))

; Module.runMain(): starts process.argv[1] (or its argument) as the main
; module, a file the analysis did not read (a program that wants its own
; code runs it, it does not restart itself)
((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "module\\.runMain")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "starts a file as the main module (Module.runMain), which the analysis did not read: what it does was not checked"))

; run({files}) of node:test: each file runs in a child node; one in a
; scratch directory (/tmp, /dev/shm), or one the analysis cannot name in
; a program that downloads, was never read
((call_expression
   function: (_) @fn
   arguments: (arguments . (object [(pair key: (property_identifier) @key value: (_) @files) (shorthand_property_identifier) @key @files]) .)) @finding
 (#eq? @key "files")
 (#resolves-to? @fn "test\\.run")
 (#some-value-match? @files "^(file://)?/(tmp|dev/shm|var/tmp|run/user)/")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "runs test files from a scratch directory (/tmp, /dev/shm) the analysis does not read: what they do was not checked"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (object [(pair key: (property_identifier) @key value: (_) @files) (shorthand_property_identifier) @key @files]) .)) @finding
 (#eq? @key "files")
 (#resolves-to? @fn "test\\.run")
 (#not-match? @files "__dirname|__filename|import\\.meta")
 (#not-each-value-match? @files "^(?!(file://)?/(tmp|dev/shm|var/tmp|run/user)/)[A-Za-z0-9_@./-]+$")
 (#program-calls? @files "global\\.fetch|https?\\.(request|get)|http2\\.connect|net\\.(connect|createConnection)|undici\\..*|node-fetch|axios(\\..*)?|got(\\..*)?")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "runs test files the analysis cannot name in a program that downloads: what they do was not checked"))

; module.registerHooks({ load }) in a program that downloads
((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "module\\.registerHooks")
 (#program-calls? @fn "global\\.fetch|https?\\.(request|get)|http2\\.connect|net\\.(connect|createConnection)|undici\\..*|node-fetch|axios(\\..*)?|got(\\..*)?")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "installs module loading hooks (registerHooks) in a program that downloads: the source they hand the loader may be what it fetched, and was not checked"))

; eval handed on rather than called: Function.prototype.call.call(eval,
; null, s), [eval][0](s), (0, eval)(s), f(eval): an indirect eval, whose
; code the analysis does not follow
((identifier) @finding
 (#eq? @finding "eval")
 (#not-parent-type? @finding "call_expression")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "hands eval on as a value (an indirect eval): the code it runs was not checked"))

; Function or vm.runInThisContext handed on rather than called, as eval
; is above: fetch(u).then((r) => r.text()).then(Function), cb(vm.runInThisContext):
; the code it is given was not checked
([(call_expression function: (_) @outer arguments: (arguments (_) @finding))
  (new_expression constructor: (_) @outer arguments: (arguments (_) @finding))]
 (#type? @finding "identifier" "member_expression" "subscript_expression")
 (#resolves-to? @finding "global\\.(Function|AsyncFunction|GeneratorFunction)|vm\\.(runInNewContext|runInThisContext|runInContext|compileFunction|Script)|global\\.module\\._compile|module\\.prototype\\._compile")
 (#not-resolves-to? @outer "global\\.Reflect\\.(apply|construct)")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "hands a function that runs code (Function, vm) on as a value: the code it is given was not checked"))

; eval(s), Function(s)(), vm.runInThisContext(s), new vm.Script(s) where s
; is read or built at run time: nothing about that code was checked
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @code)) @finding
 (#resolves-to? @fn "global\\.eval|vm\\.(runInNewContext|runInThisContext|runInContext|compileFunction)|global\\.module\\._compile|module\\.prototype\\._compile")
 (#unknown-code? @code)
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "runs code the analysis cannot know (read or built at run time): what it does was not checked"))

([(call_expression
    function: (_) @fn
    arguments: (arguments (_) @code .))
  (new_expression
    constructor: (_) @fn
    arguments: (arguments (_) @code .))] @finding
 (#resolves-to? @fn "global\\.(Function|AsyncFunction|GeneratorFunction)")
 (#unknown-code? @code)
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "builds a function from a string the analysis cannot know: what it does was not checked"))

; new vm.Script(code, options), new vm.SourceTextModule(code, options): the
; code is the first argument (the options last)
([(call_expression
    function: (_) @fn
    arguments: (arguments . (_) @code))
  (new_expression
    constructor: (_) @fn
    arguments: (arguments . (_) @code))] @finding
 (#resolves-to? @fn "vm\\.(Script|SourceTextModule)")
 (#unknown-code? @code)
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "builds a function from a string the analysis cannot know: what it does was not checked"))

; require(name) / import(name) where the name cannot be known
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @name)) @finding
 (#type? @name "binary_expression" "identifier" "member_expression" "subscript_expression" "ternary_expression" "parenthesized_expression" "await_expression" "template_string" "array" "object" "new_expression" "assignment_expression" "augmented_assignment_expression" "unary_expression")
 (#resolves-to? @fn "global\\.require|global\\.__non_webpack_require__|global\\.(module|require)\\..*require|process\\.mainModule.*\\.require|module\\.(_load|prototype\\.require)|process\\.getBuiltinModule")
 (#unknown-code? @name)
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "loads a module whose name the analysis cannot know: what it uses was not checked"))

((call_expression
   function: (import)
   arguments: (arguments . (_) @name)) @finding
 (#type? @name "binary_expression" "identifier" "subscript_expression" "ternary_expression" "parenthesized_expression" "await_expression" "template_string" "array" "object" "new_expression" "assignment_expression" "augmented_assignment_expression" "unary_expression")
 (#unknown-code? @name)
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "imports a module whose name the analysis cannot know: what it uses was not checked"))

; import(f(...)), import(x.href): a path joined from the program's own
; directory and a name it lists (path.join(dir, name), the file URL of
; one, its .href) is what require(path.join(dir, name)) is, a module of
; the program's (warn, above); any other call or member stays high
((call_expression
   function: (import)
   arguments: (arguments . (_) @name)) @finding
 (#type? @name "call_expression" "member_expression")
 (#not-resolves-to? @name "(path\\.(join|resolve)|url\\.pathToFileURL)\\(\\)|url\\.pathToFileURL\\(\\)\\.href")
 (#unknown-code? @name)
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "imports a module whose name the analysis cannot know: what it uses was not checked"))

; import(pathToFileURL(f)), import(pathToFileURL(f).href) and its
; toString(): the module at the path f. In a program that downloads, a
; name the analysis cannot know (a file the program wrote from a download
; into a scratch directory it made) is high, as it is for require(f); a
; join of the program's own directory and a name stays warn, and so does
; a config file's path in a program that does not download
((call_expression
   function: (import)
   arguments: (arguments . [(call_expression function: (_) @conv arguments: (arguments . (_) @inner))
                            (member_expression object: (call_expression function: (_) @conv arguments: (arguments . (_) @inner)) property: (property_identifier) @prop)
                            (call_expression function: (member_expression object: (call_expression function: (_) @conv arguments: (arguments . (_) @inner)) property: (property_identifier) @prop))])) @finding
 (#resolves-to? @conv "url\\.pathToFileURL")
 (#type? @inner "binary_expression" "identifier" "member_expression" "subscript_expression" "ternary_expression" "parenthesized_expression" "await_expression" "template_string" "assignment_expression")
 (#unknown-code? @inner)
 (#program-calls? @finding "global\\.fetch|https?\\.(request|get)|http2\\.connect|net\\.(connect|createConnection)|undici\\..*|node-fetch|axios(\\..*)?|got(\\..*)?")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "imports a module whose name the analysis cannot know, in a program that downloads: what it uses was not checked"))

; require('child_' + 'process'): a powerful module's name computed from
; pieces, which is only ever done to hide it
([(call_expression
    function: (_) @fn
    arguments: (arguments . [(binary_expression) (identifier) (member_expression) (subscript_expression) (ternary_expression) (parenthesized_expression) (template_string (template_substitution)) (call_expression)] @name))
  (call_expression
    function: (import) @fn
    arguments: (arguments . [(binary_expression) (identifier) (member_expression) (subscript_expression) (ternary_expression) (parenthesized_expression) (template_string (template_substitution)) (call_expression)] @name))] @finding
 (#value-match? @name "^(node:)?(child_process|vm|worker_threads|module|process|inspector|v8|wasi)$")
 (#set! id "js-dynamic-require")
 (#set! severity "high")
 (#set! message "computes the name of a powerful module (child_process, vm, ...) from pieces, which is only done to hide it"))

; setTimeout('code', ms): a string is compiled like eval
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @code)) @finding
 (#type? @code "string" "template_string" "binary_expression")
 (#resolves-to? @fn "global\\.(setTimeout|setInterval|setImmediate|execScript)")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "passes a string to a timer, which compiles it like eval")
 (#set! analyze "code"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @code)) @finding
 (#type? @code "identifier" "call_expression" "member_expression" "subscript_expression")
 (#resolves-to? @fn "global\\.(setTimeout|setInterval|setImmediate|execScript)")
 (#value-match? @code ".")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "passes a string to a timer, which compiles it like eval")
 (#set! analyze "code"))

; import('data:text/javascript,...') runs the code in the URL
((call_expression
   function: (import)
   arguments: (arguments . (_) @url)) @finding
 (#value-match? @url "^data:")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "imports code from a data: URL, which is eval"))

; eval(atob(s)), new Function(Buffer.from(s, 'base64').toString())
((call_expression
   function: (_) @fn
   arguments: (arguments) @args) @finding
 (#resolves-to? @fn "global\\.(eval|Function|AsyncFunction|GeneratorFunction)|vm\\..*|global\\.module\\._compile|module\\.prototype\\._compile|child_process\\.(exec|execSync)")
 (#contains-call? @args "global\\.(atob|unescape|decodeURI|decodeURIComponent|Buffer\\.from|Buffer|String\\.fromCharCode|String\\.fromCodePoint)|zlib\\..*|crypto\\.(createDecipher|createDecipheriv|privateDecrypt|publicDecrypt)")
 (#set! id "js-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; setTimeout(atob(s)): a timer given a decoded string (not a function)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @code)) @finding
 (#type? @code "call_expression" "binary_expression")
 (#resolves-to? @fn "global\\.(setTimeout|setInterval|setImmediate)")
 (#contains-call? @code "global\\.(atob|unescape|decodeURI|decodeURIComponent|Buffer\\.from|Buffer|String\\.fromCharCode|String\\.fromCodePoint)|zlib\\..*")
 (#set! id "js-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

((new_expression
   constructor: (_) @fn
   arguments: (arguments) @args) @finding
 (#resolves-to? @fn "global\\.(Function|AsyncFunction|GeneratorFunction)|vm\\.(Script|SourceTextModule)")
 (#contains-call? @args "global\\.(atob|unescape|decodeURI|decodeURIComponent|Buffer\\.from|Buffer|String\\.fromCharCode|String\\.fromCodePoint)|zlib\\..*|crypto\\.(createDecipher|createDecipheriv|privateDecrypt|publicDecrypt)")
 (#set! id "js-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

; require(name) / import(name) where the name is computed (each in two
; patterns: one type of the first argument among these, or a template with
; a substitution)
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @name)) @finding
 (#type? @name "binary_expression" "identifier" "member_expression" "subscript_expression" "ternary_expression" "parenthesized_expression" "await_expression" "array" "object" "new_expression" "assignment_expression" "augmented_assignment_expression" "unary_expression")
 (#resolves-to? @fn "global\\.require|global\\.__non_webpack_require__|global\\.(module|require)\\..*require|process\\.mainModule.*\\.require|module\\.(_load|prototype\\.require)")
 (#set! id "js-dynamic-require")
 (#set! severity "warn")
 (#set! message "loads a module whose name is computed at run time, which hides what the program uses"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (template_string (template_substitution)) @name)) @finding
 (#resolves-to? @fn "global\\.require|global\\.__non_webpack_require__|global\\.(module|require)\\..*require|process\\.mainModule.*\\.require|module\\.(_load|prototype\\.require)")
 (#set! id "js-dynamic-require")
 (#set! severity "warn")
 (#set! message "loads a module whose name is computed at run time, which hides what the program uses"))

((call_expression
   function: (import)
   arguments: (arguments . (_) @name)) @finding
 (#type? @name "binary_expression" "identifier" "member_expression" "subscript_expression" "ternary_expression" "parenthesized_expression" "await_expression" "array" "object" "new_expression" "assignment_expression" "augmented_assignment_expression" "unary_expression")
 (#set! id "js-dynamic-require")
 (#set! severity "warn")
 (#set! message "imports a module whose name is computed at run time, which hides what the program uses"))

((call_expression
   function: (import)
   arguments: (arguments . (template_string (template_substitution)) @name)) @finding
 (#set! id "js-dynamic-require")
 (#set! severity "warn")
 (#set! message "imports a module whose name is computed at run time, which hides what the program uses"))

; require(f(x)), except require(path.join(__dirname, ...))
((call_expression
   function: (_) @fn
   arguments: (arguments . (call_expression function: (_) @inner) @name)) @finding
 (#resolves-to? @fn "global\\.require|global\\.__non_webpack_require__|global\\.(module|require)\\..*require|process\\.mainModule.*\\.require|module\\.(_load|prototype\\.require)")
 (#not-resolves-to? @inner "path\\.(join|resolve)")
 (#set! id "js-dynamic-require")
 (#set! severity "warn")
 (#set! message "loads a module whose name is computed at run time, which hides what the program uses"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (call_expression function: (_) @inner arguments: (arguments . (_) @first)) @name)) @finding
 (#resolves-to? @fn "global\\.require|global\\.__non_webpack_require__|global\\.(module|require)\\..*require|process\\.mainModule.*\\.require|module\\.(_load|prototype\\.require)")
 (#resolves-to? @inner "path\\.(join|resolve)")
 (#not-any-of? @first "__dirname" "__filename")
 (#set! id "js-dynamic-require")
 (#set! severity "warn")
 (#set! message "loads a module whose name is computed at run time, which hides what the program uses"))

((call_expression
   function: (import)
   arguments: (arguments . (call_expression) @name)) @finding
 (#set! id "js-dynamic-require")
 (#set! severity "warn")
 (#set! message "imports a module whose name is computed at run time, which hides what the program uses"))

; module.require, process.mainModule.require, Module._load: require by a back door
((call_expression function: (_) @fn) @finding
 (#resolves-to? @fn "global\\.__non_webpack_require__|global\\.(module|require)\\..*require|process\\.mainModule.*\\.require|module\\.(_load|prototype\\.require)")
 (#set! id "js-dynamic-require")
 (#set! severity "warn")
 (#set! message "loads a module through a back door to require (module.require, process.mainModule), a sandbox-escape idiom"))

; cp[name], global[name], process[name]: which function is unknown
((subscript_expression object: (_) @obj index: (_) @key) @finding
 (#resolves-to? @obj "child_process|vm|global|process|module|worker_threads|global\\.module|global\\.Reflect|process\\.mainModule")
 (#not-value-match? @key "")
 (#set! id "js-computed-access")
 (#set! severity "high")
 (#set! message "looks up a property of a powerful object by a name computed at run time, which hides what is called"))

; require(decode('...')), require(parts.join('')): a module named by the
; result of a call the analysis cannot fold (a helper of the program's
; own, a generator spread, a map) is unknown; path.join/resolve and
; require.resolve name a file, not a hidden module
((call_expression
   function: (_) @fn
   arguments: (arguments . (call_expression function: (_) @inner) @name)) @finding
 (#resolves-to? @fn "global\\.require|global\\.__non_webpack_require__|global\\.(module|require)\\..*require|process\\.mainModule.*\\.require|module\\.(_load|prototype\\.require)|process\\.getBuiltinModule")
 (#not-resolves-to? @inner "path\\.(join|resolve|normalize)|global\\.require\\.resolve|url\\.fileURLToPath")
 (#not-value-match? @name "")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "loads a module whose name the analysis cannot know: what it uses was not checked"))

; import('data:text/javascript;base64,...'): the module is the URL's text
((call_expression
   function: (import)
   arguments: (arguments . (_) @url)) @finding
 (#value-match? @url "^data:")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "imports code from a data: URL, which the analysis does not read: what it does was not checked"))

; m._compile(src, file): Module.prototype._compile on any module object,
; however the module was made (new module.constructor(...))
((call_expression
   function: (member_expression property: (property_identifier) @method)
   arguments: (arguments . (_) @code)) @finding
 (#eq? @method "_compile")
 (#not-value-match? @code "")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "compiles code the analysis cannot know as a module (_compile): what it does was not checked"))

; session.post('Runtime.evaluate', {expression}): the inspector protocol
; evaluates code in the program itself
((call_expression
   function: (member_expression property: (property_identifier) @method)
   arguments: (arguments . (_) @cmd)) @finding
 (#eq? @method "post")
 (#some-value-match? @cmd "^(Runtime\\.(evaluate|compileScript|runScript|callFunctionOn)|Debugger\\.(evaluateOnCallFrame|setScriptSource))$")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "evaluates code through the inspector protocol (Runtime.evaluate), out of sight of the analysis"))

; the same method named anywhere in a program that makes an inspector
; session: post reached another way (util.promisify(session.post.bind(s)))
((string (string_fragment) @cmd) @finding
 (#any-of? @cmd "Runtime.evaluate" "Runtime.compileScript" "Runtime.runScript" "Runtime.callFunctionOn" "Debugger.evaluateOnCallFrame" "Debugger.setScriptSource")
 (#program-calls? @finding "inspector(/promises)?\\..*")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "evaluates code through the inspector protocol (Runtime.evaluate), out of sight of the analysis"))

; inspector.open(port, '0.0.0.0'): not only the loopback
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) . (_) @host)) @finding
 (#resolves-to? @fn "inspector\\.open|inspector/promises\\.open")
 (#some-value-match? @host "^(?!(127\\.[0-9.]+|localhost|::1|\\[::1\\])$).")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "opens the inspector to the network (not only the loopback): whoever connects runs any code in the process"))

; f(require), new Function('r', body)(require): require handed to other
; code, which then loads what it likes under another name
((arguments (identifier) @finding)
 (#resolves-to? @finding "global\\.require|global\\.module|process\\.mainModule")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "hands require (or module) to other code, which loads modules out of sight of the analysis"))

; 'data:text/javascript,' + code: a data: URL of JavaScript is code, run
; wherever it is loaded (import(), new Worker(new URL(...)), a loader
; hook); the analysis does not read what follows the prefix
([(string) (template_string)] @finding
 (#match? @finding "^['\"`]data:(text|application)/(x-)?(javascript|ecmascript)")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "builds a data: URL of JavaScript, which runs as code wherever it is loaded (a worker, import()): what it does was not checked"))

; a regular expression for private key files (/id_[a-z0-9]+$/, /\.ssh/), or
; for what they hold (/PRIVATE KEY/, /aws_secret_access_key/), in a program
; that looks in the home directory: a search for credentials
((regex pattern: (regex_pattern) @finding)
 (#match? @finding "id_(rsa|dsa|ecdsa|ed25519|\\[|\\.|\\(|\\\\w)|\\\\\\.(ssh|aws|gnupg)|PRIVATE.KEY|aws_secret_access_key|BEGIN.OPENSSH")
 (#program-calls? @finding "os\\.(homedir|userInfo)")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "searches the home directory for files named like credentials (private keys, cloud credentials)"))

; the text of a credential ('PRIVATE KEY-----', 'aws_secret_access_key') in
; a program that looks in the home directory: a search for credentials by
; what the files hold rather than by their names
([(string) (template_string)] @finding
 (#value-match? @finding "PRIVATE KEY|aws_secret_access_key|BEGIN OPENSSH")
 (#program-calls? @finding "os\\.(homedir|userInfo)")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "searches the home directory for files that hold credentials (private keys, cloud credentials) by their contents"))

; the same search by what the expression selects, not how it is spelled:
; /^\.(s{2}h|a\w{2})$/, /^[.]s[s]h$/, new RegExp('^id_' + kind) match
; .ssh, .aws or id_rsa and no ordinary name (.git, src, index.js). Not
; RegExp('...') called without new: a pattern on every call costs each
; call a state, and new RegExp is how it is written
((regex pattern: (regex_pattern) @finding)
 (#program-calls? @finding "os\\.(homedir|userInfo)")
 (#regex-selects? @finding "(^|/)\\.ssh(/|$)|(^|/)\\.aws(/|$)|(^|/)\\.(netrc|pgpass|git-credentials|npmrc|pypirc|vault-token|msmtprc|authinfo(\\.gpg)?|config/msmtp/config)$|\\.config/gh/hosts\\.yml$|(^|/)\\.gnupg(/|$)|\\.docker/config\\.json|\\.kube/config|(^|/)id_(rsa|dsa|ecdsa|ed25519)$|\\.config/gcloud|\\.config/(google-chrome|chromium|BraveSoftware/[^/]+|microsoft-edge)/([^/]+/(Cookies|Login Data|Local Extension Settings(/[^/]+)?|IndexedDB/chrome-extension_[^/]+)$|$)|(^|/)Local Extension Settings(/|$)|(^|/)chrome-extension_[a-p]{32}_|(^|/)\\.mozilla/firefox(/|$)|(^|/)\\.azure(/|$)")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "searches the home directory for files named like credentials (private keys, cloud credentials)"))

((new_expression constructor: (_) @fn arguments: (arguments . (_) @finding))
 (#resolves-to? @fn "global\\.RegExp")
 (#program-calls? @finding "os\\.(homedir|userInfo)")
 (#regex-selects? @finding "(^|/)\\.ssh(/|$)|(^|/)\\.aws(/|$)|(^|/)\\.(netrc|pgpass|git-credentials|npmrc|pypirc|vault-token|msmtprc|authinfo(\\.gpg)?|config/msmtp/config)$|\\.config/gh/hosts\\.yml$|(^|/)\\.gnupg(/|$)|\\.docker/config\\.json|\\.kube/config|(^|/)id_(rsa|dsa|ecdsa|ed25519)$|\\.config/gcloud|\\.config/(google-chrome|chromium|BraveSoftware/[^/]+|microsoft-edge)/([^/]+/(Cookies|Login Data|Local Extension Settings(/[^/]+)?|IndexedDB/chrome-extension_[^/]+)$|$)|(^|/)Local Extension Settings(/|$)|(^|/)chrome-extension_[a-p]{32}_|(^|/)\\.mozilla/firefox(/|$)|(^|/)\\.azure(/|$)")
 (#set! id "js-credentials")
 (#set! severity "high")
 (#set! message "searches the home directory for files named like credentials (private keys, cloud credentials)"))

; a regular expression that selects .env files (/^\.env(\..+)?$/, a walk
; that keeps what it matches): the .env named, as by its string
; (js-dotenv: high when the program also talks to the network)
((regex pattern: (regex_pattern) @finding)
 (#regex-selects? @finding "(^|/)\\.env$")
 (#set! id "js-dotenv")
 (#set! severity "warn")
 (#set! message "selects .env files, where a project keeps its secrets (high when the program also talks to the network)"))

((new_expression constructor: (_) @fn arguments: (arguments . (_) @finding))
 (#resolves-to? @fn "global\\.RegExp")
 (#regex-selects? @finding "(^|/)\\.env$")
 (#set! id "js-dotenv")
 (#set! severity "warn")
 (#set! message "selects .env files, where a project keeps its secrets (high when the program also talks to the network)"))

; a file that a developer tool loads as code, written by the program:
; eslint.config.mjs (npx eslint), jest.config.js, vite.config.ts,
; .pnpmfile.cjs (pnpm install), gulpfile.js, by name or as the last part of a join. What is written is analysed
; as the program is (its findings reported at the write), and code the
; analysis cannot read there is high in a program that starts programs
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path . (_) @code)) @finding
 (#resolves-to? @fn "fs\\.(writeFileSync|writeFile|appendFileSync|appendFile|promises\\.(writeFile|appendFile))|fs-extra\\.(outputFile|outputFileSync|writeFile|writeFileSync)")
 (#value-match? @path "(^|/)(eslint\\.config|\\.eslintrc|prettier\\.config|\\.prettierrc|jest\\.config|vitest\\.config|vite\\.config|webpack\\.config|rollup\\.config|babel\\.config|\\.babelrc|\\.mocharc|playwright\\.config|next\\.config|svelte\\.config|astro\\.config|nuxt\\.config|tailwind\\.config|postcss\\.config|stylelint\\.config|\\.stylelintrc|commitlint\\.config|lint-staged\\.config|\\.lintstagedrc|karma\\.conf|gulpfile|[Gg]runtfile|knexfile|ecosystem\\.config|\\.pnpmfile|pnpmfile|nodemon\\.config|tsup\\.config|esbuild\\.config)\\.(c|m)?[jt]s$")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "writes a file that a developer tool loads as code (eslint.config.mjs, jest.config.js, .pnpmfile.cjs)")
 (#set! analyze "code"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path . (_) @code)) @finding
 (#resolves-to? @fn "fs\\.(writeFileSync|writeFile|appendFileSync|appendFile|promises\\.(writeFile|appendFile))|fs-extra\\.(outputFile|outputFileSync|writeFile|writeFileSync)")
 (#value-match? @path "(^|/)(eslint\\.config|\\.eslintrc|prettier\\.config|\\.prettierrc|jest\\.config|vitest\\.config|vite\\.config|webpack\\.config|rollup\\.config|babel\\.config|\\.babelrc|\\.mocharc|playwright\\.config|next\\.config|svelte\\.config|astro\\.config|nuxt\\.config|tailwind\\.config|postcss\\.config|stylelint\\.config|\\.stylelintrc|commitlint\\.config|lint-staged\\.config|\\.lintstagedrc|karma\\.conf|gulpfile|[Gg]runtfile|knexfile|ecosystem\\.config|\\.pnpmfile|pnpmfile|nodemon\\.config|tsup\\.config|esbuild\\.config)\\.(c|m)?[jt]s$")
 (#unknown-code? @code)
 (#program-calls? @finding "child_process\\..*|execa(\\..*)?|shelljs\\..*|zx\\..*|cross-spawn(\\..*)?")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "writes code the analysis cannot read into a file that a developer tool loads as code, in a program that starts programs: what it does was not checked"))

; the same with the file named last in a join (path.join(dir, '.pnpmfile.cjs'))
((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path . (_) @code)) @finding
 (#resolves-to? @fn "fs\\.(writeFileSync|writeFile|appendFileSync|appendFile|promises\\.(writeFile|appendFile))|fs-extra\\.(outputFile|outputFileSync|writeFile|writeFileSync)")
 (#match? @path "[/'\"`](eslint\\.config|\\.eslintrc|prettier\\.config|\\.prettierrc|jest\\.config|vitest\\.config|vite\\.config|webpack\\.config|rollup\\.config|babel\\.config|\\.babelrc|\\.mocharc|playwright\\.config|next\\.config|svelte\\.config|astro\\.config|nuxt\\.config|tailwind\\.config|postcss\\.config|stylelint\\.config|\\.stylelintrc|commitlint\\.config|lint-staged\\.config|\\.lintstagedrc|karma\\.conf|gulpfile|[Gg]runtfile|knexfile|ecosystem\\.config|\\.pnpmfile|pnpmfile|nodemon\\.config|tsup\\.config|esbuild\\.config)\\.(c|m)?[jt]s['\"`]\\s*\\)$")
 (#set! id "js-dynamic-code")
 (#set! severity "warn")
 (#set! message "writes a file that a developer tool loads as code (eslint.config.mjs, jest.config.js, .pnpmfile.cjs)")
 (#set! analyze "code"))

((call_expression
   function: (_) @fn
   arguments: (arguments . (_) @path . (_) @code)) @finding
 (#resolves-to? @fn "fs\\.(writeFileSync|writeFile|appendFileSync|appendFile|promises\\.(writeFile|appendFile))|fs-extra\\.(outputFile|outputFileSync|writeFile|writeFileSync)")
 (#match? @path "[/'\"`](eslint\\.config|\\.eslintrc|prettier\\.config|\\.prettierrc|jest\\.config|vitest\\.config|vite\\.config|webpack\\.config|rollup\\.config|babel\\.config|\\.babelrc|\\.mocharc|playwright\\.config|next\\.config|svelte\\.config|astro\\.config|nuxt\\.config|tailwind\\.config|postcss\\.config|stylelint\\.config|\\.stylelintrc|commitlint\\.config|lint-staged\\.config|\\.lintstagedrc|karma\\.conf|gulpfile|[Gg]runtfile|knexfile|ecosystem\\.config|\\.pnpmfile|pnpmfile|nodemon\\.config|tsup\\.config|esbuild\\.config)\\.(c|m)?[jt]s['\"`]\\s*\\)$")
 (#unknown-code? @code)
 (#program-calls? @finding "child_process\\..*|execa(\\..*)?|shelljs\\..*|zx\\..*|cross-spawn(\\..*)?")
 (#set! id "js-unknown-code")
 (#set! severity "high")
 (#set! message "writes code the analysis cannot read into a file that a developer tool loads as code, in a program that starts programs: what it does was not checked"))
