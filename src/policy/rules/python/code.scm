; Code built at run time: eval/exec/compile, dynamic imports, and the
; tricks that hide which function is called.

((call
   function: (_) @fn
   arguments: (argument_list . (_) @code)) @finding
 (#resolves-to? @fn "builtins\\.(eval|exec|compile|execfile)|code\\.(InteractiveInterpreter|InteractiveConsole)\\(\\)\\.(runsource|runcode|push)|cython\\.(inline|compile)|Cython\\.Build\\.Inline\\.cython_inline")
 (#set! id "py-dynamic-code")
 (#set! severity "warn")
 (#set! message "runs code that is built or read at run time (eval/exec/compile)")
 (#set! analyze "code"))

; the standard library's other ways to run a string as code: timeit, the
; profilers, pdb, trace (timeit.timeit("__import__('os').system('id')"))
((call
   function: (_) @fn
   arguments: (argument_list . [(string) (concatenated_string) (binary_operator) (call) (identifier) (subscript) (attribute)] @code)) @finding
 (#resolves-to? @fn "timeit\\.(timeit|repeat|Timer)|c?[Pp]rofile\\.(run|runctx)|(c?[Pp]rofile\\.Profile|profile\\.Profile|pdb\\.Pdb|bdb\\.Bdb|trace\\.Trace)(\\(\\))?\\.(run|runctx|runeval)|pdb\\.(run|runeval|runctx)")
 (#set! id "py-dynamic-code")
 (#set! severity "warn")
 (#set! message "runs a string as code (timeit, a profiler, pdb, trace), as exec does")
 (#set! analyze "code"))

;; CPython's own helpers that run a string in a sub-interpreter
; (test.support.run_in_subinterp(src), _xxsubinterpreters.run_string(id,
; src)): exec under another name, which no ordinary program calls
((call
   function: (_) @fn
   arguments: (argument_list . (_) @code)) @finding
 (#resolves-to? @fn "test\\.support\\.run_in_subinterp(_with_config)?|_testcapi\\.run_in_subinterp|_testinternalcapi\\.run_in_subinterp_with_config")
 (#set! id "py-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a string as code in a sub-interpreter, as exec does")
 (#set! analyze "code"))
((call
   function: (_) @fn
   arguments: (argument_list . (_) . (_) @code)) @finding
 (#resolves-to? @fn "_xx(sub)?interpreters\\.(run_string|exec|run_func)|_interpreters\\.(run_string|exec|run_func)")
 (#set! id "py-dynamic-code")
 (#set! severity "high")
 (#set! message "runs a string as code in a sub-interpreter, as exec does")
 (#set! analyze "code"))

((call
   function: (_) @fn
   arguments: (argument_list) @args) @finding
 (#resolves-to? @fn "builtins\\.(eval|exec|compile|execfile)")
 (#contains-call? @args "base64\\..*|binascii\\.(a2b_.*|unhexlify)|codecs\\.(decode|encode)|(zlib|bz2|lzma|gzip)\\.decompress|marshal\\.loads|pickle\\.loads|builtins\\.bytes\\.fromhex|builtins\\.bytearray\\.fromhex|builtins\\.chr|.*\\.decode")
 (#set! id "py-decode-exec")
 (#set! severity "high")
 (#set! message "decodes or decompresses data and runs it as code: the classic way to hide a payload"))

((call function: (_) @fn) @finding
 (#resolves-to? @fn "builtins\\.__import__|importlib\\.(import_module|__import__|reload|util\\..*|machinery\\..*)|imp\\.load_(source|module|dynamic|compiled)|runpy\\.run_(path|module)|zipimport\\..*")
 (#set! id "py-dynamic-import")
 (#set! severity "warn")
 (#set! message "imports a module chosen at run time, which hides what the program uses"))

((identifier) @finding
 (#eq? @finding "__builtins__")
 (#set! id "py-builtins-access")
 (#set! severity "high")
 (#set! message "reaches into __builtins__, a common way to call eval or exec without naming them"))

((import_statement (dotted_name) @finding)
 (#eq? @finding "builtins")
 (#set! id "py-builtins-access")
 (#set! severity "warn")
 (#set! message "imports builtins, a common way to call eval or exec without naming them"))

; ---- what the analysis cannot see is high (fail closed) ----

; code the analysis never reads, one pattern for all (each pattern costs
; every call of a program): run from a file (runpy.run_path(p), importlib's
; file loaders, zipimport, imp.load_source; a file written by the program
; itself, e.g. just downloaded, is the usual case), the examples of a file
; run by doctest (testfile, DocFileSuite), a logging configuration taken
; over a socket (logging.config.listen(): its args lines run with eval),
; an import hook (a finder put on sys.meta_path or sys.path_hooks decides
; what source later imports run: fetched, decrypted, ...), Tcl code
; (tkinter.Tcl().eval("exec sh -c ...")), a script file run inside a
; running interpreter, this one or another (sys.remote_exec(pid, path))
((call function: (_) @fn) @finding
 (#resolves-to? @fn "runpy\\.run_path|imp\\.load_(source|compiled|package)|importlib\\.util\\.spec_from_file_location|importlib\\.machinery\\.(SourceFileLoader|SourcelessFileLoader)|zipimport\\.zipimporter|builtins\\.execfile|doctest\\.(testfile|DocFileSuite|DocFileTest|debug_script)|logging\\.config\\.listen|sys\\.(meta_path|path_hooks)\\.(append|insert|extend|__setitem__)|tkinter\\.(Tcl|Tk)\\(\\)\\.(tk\\.)?(eval|evalfile)|sys\\.remote_exec")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "runs code the analysis does not read (a file, doctest's examples of a file, a logging configuration from a socket, an import hook, Tcl): what it does was not checked"))

; a Tcl command run through the interpreter's call() whose name is one
; that loads native code or runs other code (tkinter.Tcl().call("load",
; "/tmp/x.so"), tk.call("exec", "sh", "-c", s), "eval", "interp", "source"
; of a download), or whose name the analysis cannot know; expr, wm,
; package require and the widgets' own commands are ordinary
((call
   function: (_) @fn
   arguments: (argument_list . (_) @cmd)) @finding
 (#resolves-to? @fn "tkinter\\.(Tcl|Tk)\\(\\)\\.(tk\\.)?call|_tkinter\\.create\\(\\)\\.call")
 (#not-each-value-match? @cmd "^(?!(load|exec|eval|uplevel|interp|socket|open|subst|after|namespace|apply)$)")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "runs a Tcl command that loads native code or runs other code (load, exec, eval, interp), or one the analysis cannot know"))

; breakpoint() calls the function PYTHONBREAKPOINT names, or whatever was
; put in sys.breakpointhook: os.environ["PYTHONBREAKPOINT"] = "os.system";
; breakpoint("id") runs a shell without naming a call to it
((subscript value: (_) @env subscript: (_) @k) @finding
 (#resolves-to? @env "os\\.environb?")
 (#value-match? @k "^PYTHONBREAKPOINT$")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "chooses the function breakpoint() calls (PYTHONBREAKPOINT), a way to call one without naming it"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @k)) @finding
 (#resolves-to? @fn "os\\.(putenv|environb?\\.(setdefault|__setitem__|update))")
 (#value-match? @k "^PYTHONBREAKPOINT$")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "chooses the function breakpoint() calls (PYTHONBREAKPOINT), a way to call one without naming it"))

((keyword_argument name: (identifier) @finding)
 (#eq? @finding "PYTHONBREAKPOINT")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "chooses the function breakpoint() calls (PYTHONBREAKPOINT), a way to call one without naming it"))

((attribute attribute: (identifier) @a) @finding
 (#eq? @a "breakpointhook")
 (#resolves-to? @finding "sys\\.breakpointhook")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "touches sys.breakpointhook, a way to call a function without naming it"))

; eval(input()), exec(sys.stdin.read()), exec(open(p).read()): the code is
; not a constant, so nothing about it was checked; nor is it where the
; constant is one of the name's values (x = 'print(1)'; for x in sys.stdin:
; exec(x)). A calculator's eval(str(a) + op + str(b)) of numbers and
; operator strings only is not unknown: it can only compute. Cython's
; inline(src) compiles and runs its source as exec does.
((call
   function: (_) @fn
   arguments: (argument_list . (_) @code)) @finding
 (#resolves-to? @fn "builtins\\.(eval|exec|compile|execfile)|types\\.(FunctionType|CodeType)|code\\.(interact|InteractiveInterpreter|InteractiveConsole|compile_command)|code\\.(InteractiveInterpreter|InteractiveConsole)\\(\\)\\.(runsource|runcode|push)|cython\\.(inline|compile)|Cython\\.Build\\.Inline\\.cython_inline")
 (#unknown-code? @code)
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "runs code the analysis cannot know (read or built at run time): what it does was not checked"))

;; http.server's CGI handler runs the programs under cgi-bin/ (a .py one
; on the interpreter) for each request: a script the program downloads or
; writes there and then asks for is code the analysis never read
((attribute attribute: (identifier) @m) @finding
 (#eq? @m "CGIHTTPRequestHandler")
 (#resolves-to? @finding "http\\.server\\.CGIHTTPRequestHandler")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "serves CGI (http.server's CGIHTTPRequestHandler): it runs the scripts under cgi-bin/, which the analysis never read"))
((import_from_statement module_name: (dotted_name) @mod
   name: [(dotted_name) (aliased_import name: (dotted_name))] @finding)
 (#eq? @mod "http.server")
 (#match? @finding "^CGIHTTPRequestHandler")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "serves CGI (http.server's CGIHTTPRequestHandler): it runs the scripts under cgi-bin/, which the analysis never read"))

; code.interact(), code.InteractiveConsole().interact(): a Python prompt
; on the program's stdin, which runs whatever code comes there (as
; `bash -i` and node's repl.start() do); pdb.Pdb(stdin=f, stdout=f): a
; debugger prompt on the stream it is given (a socket's file)
((call function: (_) @fn) @finding
 (#resolves-to? @fn "code\\.interact|code\\.InteractiveConsole\\(\\)\\.interact|pdb\\.Pdb|bdb\\.Bdb")
 (#match? @finding "interact|stdin\\s*=")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "starts a Python prompt on its stdin, which runs whatever code comes there: what it does was not checked"))

; ... a prompt whose input is a network connection: the program's own
; stdin made a socket (os.dup2(sock.fileno(), 0), sys.stdin = sock.makefile()) before
; breakpoint(), pdb.set_trace() or input() read it: whoever is at the
; other end types the code that runs (a debugger on the terminal, an
; ordinary pdb.set_trace(), is not this). dup2 is anchored on a statement's
; call (its result is not used), rarer than every call
(expression_statement
  (call
    function: (attribute attribute: (identifier) @m)
    arguments: (argument_list . (_) @src)) @finding
 (#eq? @m "dup2")
 (#contains-call? @src "(socket|_socket|ssl)\\..*")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "makes a network connection the program's own stdin or stdout, where a prompt (breakpoint(), pdb, a shell) then takes its code from the other end"))

((assignment
   left: (attribute object: (identifier) @o attribute: (identifier) @a)
   right: (_) @r) @finding
 (#eq? @o "sys")
 (#any-of? @a "stdin" "__stdin__")
 (#contains-call? @r "(socket|_socket|ssl)\\..*")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "makes a network connection the program's own stdin or stdout, where a prompt (breakpoint(), pdb, a shell) then takes its code from the other end"))

; timeit.timeit(sys.stdin.read()), pdb.run(sys.argv[1]), Bdb().run(src):
; the same through the standard library's other runners (a function
; object, timeit.timeit(work) with work the program's def, is not code)
((call
   function: (_) @fn
   arguments: (argument_list . [(call) (subscript) (binary_operator) (attribute) (concatenated_string) (string) (identifier)] @code)) @finding
 (#resolves-to? @fn "timeit\\.(timeit|repeat|Timer)|c?[Pp]rofile\\.(run|runctx)|(c?[Pp]rofile\\.Profile|profile\\.Profile|pdb\\.Pdb|bdb\\.Bdb|trace\\.Trace)(\\(\\))?\\.(run|runctx|runeval)|pdb\\.(run|runeval|runctx)")
 (#unknown-code? @code)
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "runs code the analysis cannot know (read or built at run time): what it does was not checked"))

; exec, eval, compile or __import__ handed to other code as a value:
; handler.register(str, exec), Thread(target=exec, args=(src,)),
; map(eval, lines). What they are later called with is not in the call the
; analysis reads, so nothing about the code is known (print(eval) and a
; test's assertRaises(SyntaxError, compile, ...) only look at it or show
; the arguments)
((call
   function: (_) @fn
   arguments: (argument_list [(identifier) (attribute) (keyword_argument value: [(identifier) (attribute)] @finding)] @finding))
 (#resolves-to? @finding "builtins\\.(eval|exec|compile|execfile|__import__)")
 (#not-resolves-to? @fn "builtins\\.(print|id|type|isinstance|issubclass|callable|repr|str|hash|hasattr|dir|help)")
 (#not-match? @fn "(^|\\.)(assertRaises|assertRaisesRegex|raises)$")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "hands exec, eval or __import__ to other code, which calls it with code the analysis cannot see"))

; __import__(name), importlib.import_module(mods[i]): a module the analysis
; cannot name (but one looked up in a constant table the program only
; reads, every value of which is a module of computation that reaches no
; file, process or network: math, statistics, json)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @name)) @finding
 (#resolves-to? @fn "builtins\\.__import__|importlib\\.(import_module|__import__|util\\.find_spec)|imp\\.(load_source|load_module|load_dynamic|load_compiled|import_module)|runpy\\.run_(path|module)")
 (#unknown-code? @name)
 (#not-each-value-match? @name "^(math|cmath|statistics|decimal|fractions|numbers|random|json|csv|re|string|textwrap|difflib|collections|collections\\.abc|itertools|heapq|bisect|array|datetime|time|calendar|zoneinfo|enum|dataclasses|typing|hashlib|hmac|secrets|unicodedata|html|colorsys|pprint|reprlib|struct|graphlib|locale|gettext)$")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "imports a module whose name the analysis cannot know: what it uses was not checked"))

; doctest runs the ">>>" lines of docstrings: a docstring set at run time
; (f.__doc__ = downloaded; doctest.run_docstring_examples(f, {})), a file
; (doctest.testfile(p)) or a string given to debug_src or DocTestParser
; is code the analysis cannot know
((assignment left: (attribute attribute: (identifier) @a) right: (_) @v) @finding
 (#eq? @a "__doc__")
 (#unknown-code? @v)
 (#program-calls? @v "doctest\\..*")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "sets a docstring at run time in a program that runs doctests: its examples are code the analysis cannot know"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @code)) @finding
 (#resolves-to? @fn "doctest\\.(debug_src|DocTestParser\\(\\)\\.(get_doctest|get_examples|parse))")
 (#unknown-code? @code)
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "runs doctest examples from a string the analysis cannot know: what they do was not checked"))

; pickle.loads(data), marshal.loads(data): loading either runs code; so
; do pickle's pure-Python twins (pickle._loads, pickle._Unpickler) and
; multiprocessing's ForkingPickler.loads, which is pickle's loads
((call function: (_) @fn) @finding
 (#resolves-to? @fn "(pickle|_pickle|cPickle|dill|cloudpickle|joblib)\\._?(loads|Unpickler)|multiprocessing\\.reduction\\.(loads|ForkingPickler\\.loads)|multiprocessing\\.connection\\.(Client|Listener)|marshal\\.loads?|jsonpickle\\.decode|yaml\\.(unsafe_load|full_load|load_all|unsafe_load_all)|pandas\\.read_pickle|numpy\\.load")
 (#set! id "py-deserialize")
 (#set! severity "high")
 (#set! message "loads pickled or marshalled data, which runs whatever code the data names"))

; multiprocessing.connection's Client and Listener: recv() unpickles what
; the other side sends (in the list above)

; The machine-learning libraries' loaders that run what the data names:
; torch.load(f, weights_only=False) unpickles the checkpoint whole (the
; default, True, loads tensors only); keras' load_model(f, safe_mode=False)
; rebuilds a Lambda layer's marshalled code
((call
   function: (_) @fn
   arguments: (argument_list (keyword_argument name: (identifier) @k value: (false)))) @finding
 (#resolves-to? @fn "torch\\.load|torch\\.serialization\\.load|(keras|tensorflow\\.keras|tf_keras)\\.(models\\.)?load_model|(keras|tensorflow\\.keras)\\.saving\\.load_model")
 (#any-of? @k "weights_only" "safe_mode")
 (#set! id "py-deserialize")
 (#set! severity "high")
 (#set! message "loads a model with its unsafe loader (weights_only=False, safe_mode=False), which runs whatever code the file names"))

; torch.hub.load(repo, model) downloads a GitHub repository and runs its
; hubconf.py; trust_remote_code=True (transformers' from_pretrained and
; pipeline, datasets' load_dataset, ...) runs the Python files that come
; with the model or dataset downloaded
((call function: (_) @fn) @finding
 (#resolves-to? @fn "torch\\.hub\\.(load|list|help)")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "loads a model through torch.hub, which downloads a repository and runs its hubconf.py"))

((keyword_argument name: (identifier) @k value: (true)) @finding
 (#eq? @k "trust_remote_code")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "loads a model or dataset with trust_remote_code=True, which runs the Python code downloaded with it"))

; pickle.load(f) of a file: high, but for a program that writes its own
; pickles (pickle.dump: a cache, a checkpoint) and neither downloads nor
; runs anything, where the file is most likely the program's own data
((call function: (_) @fn) @finding
 (#resolves-to? @fn "(pickle|_pickle|cPickle|dill|cloudpickle|joblib)\\.load")
 (#not-program-calls? @fn "(pickle|_pickle|cPickle|dill|cloudpickle|joblib)\\.dump")
 (#set! id "py-deserialize")
 (#set! severity "high")
 (#set! message "loads pickled data, which runs whatever code the data names"))

((call function: (_) @fn) @finding
 (#resolves-to? @fn "(pickle|_pickle|cPickle|dill|cloudpickle|joblib)\\.load|shelve\\.(open|DbfilenameShelf)")
 (#program-calls? @fn "(urllib\\.request|urllib3|requests|httpx|aiohttp|http\\.client|socket|ftplib|smtplib|xmlrpc\\.client|subprocess|pty|ctypes)(\\..*)?|urllib\\.urlretrieve|os\\.(system|popen|exec.*|spawn.*|posix_spawnp?)|asyncio\\.(open_connection|create_subprocess_.*)")
 (#set! id "py-deserialize")
 (#set! severity "high")
 (#set! message "loads pickled data in a program that also downloads or runs commands: the data may be a payload, and loading runs whatever code it names"))

((call function: (_) @fn) @finding
 (#resolves-to? @fn "(pickle|_pickle|cPickle|dill|cloudpickle|joblib)\\.load")
 (#program-calls? @fn "(pickle|_pickle|cPickle|dill|cloudpickle|joblib)\\.dump")
 (#not-program-calls? @fn "(urllib\\.request|urllib3|requests|httpx|aiohttp|http\\.client|socket|ftplib|smtplib|xmlrpc\\.client|subprocess|pty|ctypes)(\\..*)?|urllib\\.urlretrieve|os\\.(system|popen|exec.*|spawn.*|posix_spawnp?)|asyncio\\.(open_connection|create_subprocess_.*)")
 (#set! id "py-own-pickle")
 (#set! severity "warn")
 (#set! message "loads pickled data from a file, in a program that writes its own pickles: trusted only if nothing else can write that file"))

; ---- walks of the object graph (pyjail idioms) ----

; ().__class__.__base__.__subclasses__(), f.__globals__, frame.f_globals
((attribute attribute: (identifier) @a) @finding
 (#any-of? @a "__subclasses__" "__globals__" "__builtins__" "f_globals" "f_builtins" "f_locals" "gi_frame" "cr_frame" "ag_frame" "func_globals")
 (#set! id "py-object-walk")
 (#set! severity "high")
 (#set! message "walks Python's object graph (__subclasses__, __globals__, __builtins__, frames), the way out of every Python sandbox"))

; "".__class__.__mro__[-1], ().__class__.__base__: a class's bases picked
; out (object, to reach its __subclasses__); looked through in a loop or
; an in test (for B in C.__mro__: if "close" in B.__dict__, an ABC's
; __subclasshook__ as collections.abc writes it) they are only compared
((attribute attribute: (identifier) @a) @finding
 (#any-of? @a "__mro__" "__base__" "__bases__")
 (#not-parent-type? @finding "for_in_clause" "for_statement" "comparison_operator")
 (#set! id "py-object-walk")
 (#set! severity "high")
 (#set! message "walks Python's object graph (__subclasses__, __globals__, __builtins__, frames), the way out of every Python sandbox"))

; o.__getattribute__ handed on, or called with a name the analysis cannot
; read (object.__getattribute__(self, name)); called with one plain name
; ("upper", "system") it is the attribute itself, resolved as o.name
((attribute attribute: (identifier) @a) @finding
 (#eq? @a "__getattribute__")
 (#not-parent-type? @finding "call")
 (#set! id "py-object-walk")
 (#set! severity "high")
 (#set! message "walks Python's object graph (__subclasses__, __globals__, __builtins__, frames), the way out of every Python sandbox"))

((call
   function: (attribute attribute: (identifier) @a) @finding
   arguments: (argument_list) @args)
 (#eq? @a "__getattribute__")
 (#not-match? @args "^\\(\\s*[\"'][A-Za-z][A-Za-z0-9_]*[\"']\\s*\\)$")
 (#set! id "py-object-walk")
 (#set! severity "high")
 (#set! message "walks Python's object graph (__subclasses__, __globals__, __builtins__, frames), the way out of every Python sandbox"))

; "{f.__globals__[os].environ}".format(f=logging.shutdown): a format
; string's fields take attributes and items, so the walk can be written
; in a string ("{0.__class__.__name__}" is not a walk); also
; string.Formatter().format(t, ...) and str.format(t, ...)
((call function: (attribute object: (_) @tpl attribute: (identifier) @m)) @finding
 (#any-of? @m "format" "format_map")
 (#value-match? @tpl "\\{[^{}]*[.\\[](__subclasses__|__globals__|__builtins__|__mro__|__base__|__bases__|f_globals|f_builtins|f_locals|gi_frame|cr_frame|ag_frame|func_globals|__loader__|__spec__|__import__)[^{}]*\\}")
 (#set! id "py-object-walk")
 (#set! severity "high")
 (#set! message "walks Python's object graph in a format string's fields (__globals__, __builtins__), the way out of every Python sandbox"))

((call function: (_) @fn arguments: (argument_list . (_) @tpl)) @finding
 (#resolves-to? @fn "string\\.Formatter\\(\\)\\.v?format|builtins\\.str\\.(format|format_map)")
 (#value-match? @tpl "\\{[^{}]*[.\\[](__subclasses__|__globals__|__builtins__|__mro__|__base__|__bases__|f_globals|f_builtins|f_locals|gi_frame|cr_frame|ag_frame|func_globals|__loader__|__spec__|__import__)[^{}]*\\}")
 (#set! id "py-object-walk")
 (#set! severity "high")
 (#set! message "walks Python's object graph in a format string's fields (__globals__, __builtins__), the way out of every Python sandbox"))

; a template's text that walks to the interpreter's internals (Jinja2's
; "{{ cycler.__init__.__globals__.os.popen(c) }}", |attr("__glo" ~ "bals__"),
; Mako's "${__import__('os')...}"): a template engine evaluates its
; expressions, so the walk runs when the template is rendered (a template
; that prints {{ version }} is not one)
([(string) (concatenated_string)] @finding
 (#match? @finding "(\\{\\{|\\{%|\\$\\{|<%)[^}]*(([.\\[]|attr\\(\\s*)\\s*\\\\?['\"]?\\s*(__subclasses__|__globals__|__builtins__|__mro__|__base__|__bases__|__import__|f_globals)|(attr\\(|\\[)\\s*\\\\?['\"]__|__import__\\s*\\()")
 (#set! id "py-object-walk")
 (#set! severity "high")
 (#set! message "walks Python's object graph in a template's expressions (__globals__, __builtins__, __import__), which the template engine runs when it renders"))

; gc.get_objects(), gc.get_referrers(x): every object the interpreter
; tracks, modules among them, found without naming them (a module picked by
; its __name__ and its system() called as a method)
((call function: (_) @fn) @finding
 (#resolves-to? @fn "gc\\.(get_objects|get_referrers|get_referents)")
 (#set! id "py-object-walk")
 (#set! severity "high")
 (#set! message "walks every object the interpreter tracks (gc.get_objects), a way to reach modules and functions without naming them"))

; globals()["__builtins__"], g["__import__"]
((subscript subscript: (_) @k) @finding
 (#value-match? @k "^__(builtins|globals|import|subclasses|loader|spec)__$")
 (#set! id "py-object-walk")
 (#set! severity "high")
 (#set! message "looks up the interpreter's internals by name (__builtins__, __import__), the way out of every Python sandbox"))

; getattr(obj, name) is ordinary metaprogramming on the program's own
; objects; on a module or on the builtins it hides what is called.
((call
   function: (_) @fn
   arguments: (argument_list . (_) @obj . [(binary_operator) (call) (identifier) (subscript) (concatenated_string) (attribute) (conditional_expression)] @name)) @finding
 (#resolves-to? @fn "builtins\\.(getattr|setattr|delattr)")
 (#resolves-to? @obj "builtins|(os|posix|nt|sys|subprocess|importlib|ctypes|socket|pty|shutil|io|types|inspect|gc|operator|marshal|pickle|codecs|base64|zlib|runpy|multiprocessing|threading|signal)(\\..*)?")
 (#set! id "py-computed-attribute")
 (#set! severity "warn")
 (#set! message "looks up an attribute of a module or of the builtins by a name computed at run time, which hides what is called"))

; ... and when the name is not even a constant, nothing about it is known
((call
   function: (_) @fn
   arguments: (argument_list . (_) @obj . (_) @name)) @finding
 (#resolves-to? @fn "builtins\\.(getattr|setattr|delattr)")
 (#resolves-to? @obj "builtins|(os|posix|nt|sys|subprocess|importlib|ctypes|socket|pty|shutil|io|types|inspect|gc|marshal|pickle|codecs|runpy|multiprocessing|signal|_posixsubprocess)(\\..*)?")
 (#unknown-code? @name)
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "looks up an attribute of a powerful module or of the builtins by a name the analysis cannot know"))

; functools.reduce(getattr, ["system"], os): getattr handed to reduce walks
; a powerful module by names the call does not show
((call
   function: (_) @fn
   arguments: (argument_list . (_) @g . (_) . (_) @obj)) @finding
 (#resolves-to? @fn "functools\\.reduce")
 (#resolves-to? @g "builtins\\.getattr|operator\\.attrgetter")
 (#resolves-to? @obj "builtins|(os|posix|nt|sys|subprocess|importlib|ctypes|socket|pty|shutil|runpy|multiprocessing|_posixsubprocess)(\\..*)?")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "walks a powerful module's attributes with reduce(getattr, ...), which hides what is called"))

; vars(os), os.__dict__, builtins.__dict__, sys.modules.values(): a module's
; namespace as a dictionary, which hides what is taken from it
([(call
    function: (_) @fn
    arguments: (argument_list . (_) @obj .))
  (attribute object: (_) @obj attribute: (identifier) @fn)] @finding
 (#match? @fn "^(vars|__dict__|builtins\\.vars)$|(^|\\.)vars$")
 (#resolves-to? @obj "builtins|(os|posix|nt|subprocess|importlib|ctypes|socket|pty|shutil|runpy|_posixsubprocess)(\\..*)?")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "takes a powerful module's namespace as a dictionary, which hides what is called"))

((call function: (attribute object: (_) @obj attribute: (identifier) @m)) @finding
 (#resolves-to? @obj "sys\\.modules")
 (#any-of? @m "values" "items" "get" "pop" "setdefault" "copy")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "searches the loaded modules (sys.modules), which hides which module is used"))

; (sys.modules[__name__] is the program itself, whose names it reads: a
; test runner's way to find its test_ functions)
((subscript value: (_) @obj subscript: (_) @k) @finding
 (#resolves-to? @obj "sys\\.modules")
 (#not-eq? @k "__name__")
 (#unknown-code? @k)
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "takes a loaded module by a name the analysis cannot know"))

; operator.attrgetter('system')(os), f = operator.methodcaller('system',
; 'id'); f(os); functools.partial(getattr, os)
((call
   function: (_) @fn
   arguments: (argument_list . (_) @obj)) @finding
 (#resolves-to? @fn "operator\\.(attrgetter|methodcaller)\\(\\)")
 (#resolves-to? @obj "builtins|(os|posix|nt|subprocess|importlib|ctypes|socket|pty|shutil|runpy|_posixsubprocess)(\\..*)?")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "fetches or calls an attribute of a powerful module through operator.attrgetter or methodcaller, which hides what is called"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @g . (_) @obj)) @finding
 (#resolves-to? @fn "functools\\.partial")
 (#resolves-to? @g "builtins\\.(getattr|vars)|operator\\.(attrgetter|methodcaller)")
 (#resolves-to? @obj "builtins|(os|posix|nt|subprocess|importlib|ctypes|socket|pty|shutil|runpy|_posixsubprocess)(\\..*)?")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "binds getattr to a powerful module, which hides what is called"))

; a powerful module handed to other code as a value: Formatter().get_field(
; "0.system", (os,), {}), inspect.getmembers(os), {"m": os}, f(mod=os),
; run(__import__("os")), run(sys.modules["os"]). What
; receives it may call any of its functions, and nothing shows which
; (getattr and vars have the rules above; print, dir, isinstance, reload
; and a test's patch.object only look at it or replace one of its names)
((call
   function: (_) @fn
   arguments: (argument_list [(identifier) (keyword_argument value: (identifier) @finding)] @finding))
 (#resolves-to? @finding "builtins|os|posix|nt|subprocess|pty|ctypes|_ctypes|_posixsubprocess|importlib|runpy|shutil|sys")
 (#not-resolves-to? @fn "builtins\\.(getattr|hasattr|setattr|delattr|vars|dir|print|help|id|type|isinstance|issubclass|repr|str|hash|callable)|importlib\\.reload|unittest\\.mock\\.patch\\.object|inspect\\.(getsource|getsourcefile|getfile|getmodule|ismodule|getdoc|getcomments|getmodulename)|functools\\.(reduce|partial)|operator\\.(attrgetter|methodcaller)")
 (#not-match? @fn "(^|\\.)(setattr|delattr|object|reload|patch)$")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "hands a powerful module (os, subprocess, the builtins) to other code, which can call any of its functions unseen"))

((call
   function: (_) @fn
   arguments: (argument_list [(call) (subscript)] @finding))
 (#resolves-to? @finding "builtins|os|posix|nt|subprocess|pty|ctypes|_ctypes|_posixsubprocess|importlib|runpy|shutil|sys")
 (#not-resolves-to? @fn "builtins\\.(getattr|hasattr|setattr|delattr|vars|dir|print|help|id|type|isinstance|issubclass|repr|str|hash|callable)|importlib\\.reload|unittest\\.mock\\.patch\\.object|inspect\\.(getsource|getsourcefile|getfile|getmodule|ismodule|getdoc|getcomments|getmodulename)|functools\\.(reduce|partial)|operator\\.(attrgetter|methodcaller)")
 (#not-match? @fn "(^|\\.)(setattr|delattr|object|reload|patch)$")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "hands a powerful module (os, subprocess, the builtins) to other code, which can call any of its functions unseen"))

([(tuple (identifier) @finding)
  (list (identifier) @finding)
  (set (identifier) @finding)
  (pair value: (identifier) @finding)]
 (#resolves-to? @finding "builtins|os|posix|nt|subprocess|pty|ctypes|_ctypes|_posixsubprocess|importlib|runpy|shutil|sys")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "puts a powerful module (os, subprocess, the builtins) in a data structure, from which any of its functions can be called unseen"))

; ---- names turned into objects by the standard library ----

; pkgutil.resolve_name("os:system"), pydoc.locate("subprocess.getoutput"):
; a function fetched by a dotted name, as an import and a getattr in one
((call
   function: (_) @fn
   arguments: (argument_list . (_) @name)) @finding
 (#resolves-to? @fn "pkgutil\\.resolve_name|pydoc\\.(locate|resolve)")
 (#value-match? @name "^(builtins|os|posix|nt|sys|subprocess|pty|ctypes|_ctypes|cffi|shutil|importlib|runpy|socket|pickle|_pickle|marshal|code|codeop|webbrowser|multiprocessing|_posixsubprocess|asyncio|commands|platform|pydoc|timeit|pdb|trace|profile|cProfile|imp|zipimport|types|gc|inspect)([.:]|$)")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "fetches a function of a powerful module by its dotted name (pkgutil.resolve_name, pydoc.locate), which hides what is called"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @name)) @finding
 (#resolves-to? @fn "pkgutil\\.resolve_name|pydoc\\.(locate|resolve)")
 (#unknown-code? @name)
 (#not-each-value-match? @name "^[A-Za-z_][A-Za-z0-9_.]*(:[A-Za-z_][A-Za-z0-9_.]*)?$")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "fetches a function by a dotted name the analysis cannot know: what it calls was not checked"))

; "os:system", "run = subprocess:getoutput", "shutil.os.popen": a
; function of a powerful module named by a string, in the module:name form
; that entry points (importlib.metadata.EntryPoint(value=...).load(),
; pkg_resources), pkgutil.resolve_name and plugin loaders import and
; fetch, or as a dotted path (xmlrpc.server.resolve_dotted_attribute, a
; dispatcher's getattr walk, another module's import of os). Whatever
; resolves the string, it names what is called, and no ordinary program
; spells one but a test that replaces it (mock.patch, monkeypatch). A
; line of a text counts (an entry_points section of a setup.cfg). A
; string literal is looked at only when it has a dot or a colon before a
; letter, or an escape.
((string) @finding
 (#match? @finding "[.:][A-Za-z_]|\\\\")
 (#value-match? @finding "(?m)^[ \t]*([A-Za-z_][-\\w.]* *= *)?([A-Za-z_]\\w*[.:])*((os|posix|nt)[.:](system|popen[234]?|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|fork|forkpty|environ|getenv|putenv|remove|unlink|rmdir|removedirs|kill|killpg)|subprocess[.:](run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|pty[.:](spawn|fork)|builtins[.:](eval|exec|compile|__import__|open|getattr|breakpoint)|shutil[.:](rmtree|move|_rmtree_\\w+)|_?ctypes[.:]\\w+|cffi[.:]\\w+|importlib[.:](import_module|__import__|util[.:]\\w+|machinery[.:]\\w+)|runpy[.:]run_\\w+|_?pickle[.:](loads?|Unpickler|_loads?|_Unpickler)|marshal[.:]loads?|codeop?[.:](interact|InteractiveConsole|InteractiveInterpreter|compile_command)|webbrowser[.:](open|open_new|open_new_tab|get|register)|pydoc[.:](pipepager|tempfilepager|locate)|timeit[.:](timeit|repeat|Timer)|pdb[.:](run|runeval|runcall)|imp[.:]load_\\w+|zipimport[.:]zipimporter|pkgutil[.:]resolve_name|_posixsubprocess[.:]fork_exec|multiprocessing[.:](util[.:]spawnv_passfds|Process))$")
 (#not-program-calls? @finding "(unittest\\.)?mock\\..*|.*monkeypatch.*|.*\\.setattr")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "names a function of a powerful module as a string (\"os:system\", \"shutil.os.popen\"), which entry points, resolvers and plugin loaders import and call"))

([(concatenated_string) (binary_operator)] @finding
 (#value-match? @finding "(?m)^[ \t]*([A-Za-z_][-\\w.]* *= *)?([A-Za-z_]\\w*[.:])*((os|posix|nt)[.:](system|popen[234]?|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|fork|forkpty|environ|getenv|putenv|remove|unlink|rmdir|removedirs|kill|killpg)|subprocess[.:](run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|pty[.:](spawn|fork)|builtins[.:](eval|exec|compile|__import__|open|getattr|breakpoint)|shutil[.:](rmtree|move|_rmtree_\\w+)|_?ctypes[.:]\\w+|cffi[.:]\\w+|importlib[.:](import_module|__import__|util[.:]\\w+|machinery[.:]\\w+)|runpy[.:]run_\\w+|_?pickle[.:](loads?|Unpickler|_loads?|_Unpickler)|marshal[.:]loads?|codeop?[.:](interact|InteractiveConsole|InteractiveInterpreter|compile_command)|webbrowser[.:](open|open_new|open_new_tab|get|register)|pydoc[.:](pipepager|tempfilepager|locate)|timeit[.:](timeit|repeat|Timer)|pdb[.:](run|runeval|runcall)|imp[.:]load_\\w+|zipimport[.:]zipimporter|pkgutil[.:]resolve_name|_posixsubprocess[.:]fork_exec|multiprocessing[.:](util[.:]spawnv_passfds|Process))$")
 (#not-program-calls? @finding "(unittest\\.)?mock\\..*|.*monkeypatch.*|.*\\.setattr")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "names a function of a powerful module as a string (\"os:system\", \"shutil.os.popen\"), which entry points, resolvers and plugin loaders import and call"))

((call function: (attribute attribute: (identifier) @m)) @finding
 (#any-of? @m "join" "format" "decode" "replace" "translate" "lower" "strip")
 (#value-match? @finding "(?m)^[ \t]*([A-Za-z_][-\\w.]* *= *)?([A-Za-z_]\\w*[.:])*((os|posix|nt)[.:](system|popen[234]?|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|fork|forkpty|environ|getenv|putenv|remove|unlink|rmdir|removedirs|kill|killpg)|subprocess[.:](run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|pty[.:](spawn|fork)|builtins[.:](eval|exec|compile|__import__|open|getattr|breakpoint)|shutil[.:](rmtree|move|_rmtree_\\w+)|_?ctypes[.:]\\w+|cffi[.:]\\w+|importlib[.:](import_module|__import__|util[.:]\\w+|machinery[.:]\\w+)|runpy[.:]run_\\w+|_?pickle[.:](loads?|Unpickler|_loads?|_Unpickler)|marshal[.:]loads?|codeop?[.:](interact|InteractiveConsole|InteractiveInterpreter|compile_command)|webbrowser[.:](open|open_new|open_new_tab|get|register)|pydoc[.:](pipepager|tempfilepager|locate)|timeit[.:](timeit|repeat|Timer)|pdb[.:](run|runeval|runcall)|imp[.:]load_\\w+|zipimport[.:]zipimporter|pkgutil[.:]resolve_name|_posixsubprocess[.:]fork_exec|multiprocessing[.:](util[.:]spawnv_passfds|Process))$")
 (#not-program-calls? @finding "(unittest\\.)?mock\\..*|.*monkeypatch.*|.*\\.setattr")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "names a function of a powerful module as a string (\"os:system\", \"shutil.os.popen\"), which entry points, resolvers and plugin loaders import and call"))

; logging.config.dictConfig({"formatters": {"f": {"()": "os.system", ...}}}):
; the "()" and "class" keys of a logging configuration name a factory that
; logging imports and calls with the other keys as arguments
((pair key: (_) @k value: (_) @v) @finding
 (#value-match? @k "^(\\(\\)|class)$")
 (#value-match? @v "^(builtins|os|posix|nt|subprocess|pty|ctypes|_ctypes|cffi|shutil|importlib|runpy|socket|pickle|_pickle|marshal|code|codeop|webbrowser|multiprocessing|_posixsubprocess|asyncio|commands|platform|pydoc|timeit|pdb|trace|imp|zipimport|pkgutil)([.:]|$)")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "names a function of a powerful module as a factory (logging's \"()\" or \"class\" keys), which calls it without a call in the code"))

; ... the configuration kept as text and parsed when the program runs
; (json.loads, yaml.safe_load, logging.config.fileConfig of an INI text):
; '{"()": "subprocess.getoutput", "cmd": ...}', "class=subprocess.Popen"
([(string) (concatenated_string)] @finding
 (#match? @finding "\\(\\)|class")
 (#value-match? @finding "(?m)(^|[\\s{,])[\"']?(\\(\\)|class)[\"']?[ \t]*[:=][ \t]*[\"']?(builtins|os|posix|nt|subprocess|pty|ctypes|_ctypes|cffi|shutil|importlib|runpy|socket|pickle|_pickle|marshal|code|codeop|webbrowser|multiprocessing|_posixsubprocess|asyncio|commands|platform|pydoc|timeit|pdb|trace|imp|zipimport|pkgutil)[.:][A-Za-z_]")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "names a function of a powerful module as a factory in a configuration text (logging's \"()\" or \"class\" keys), which calls it without a call in the code"))

; a string annotation is code: typing.get_type_hints, inspect.get_annotations
; (eval_str=True), singledispatch's register, pydantic and the like eval
; it (def f(x: "__import__('os').system('id')")). Each one that is more
; than a type's name, dots, brackets, commas and | is analysed as the code
; it is (py-annotation-code, info, with what is in it reported at the
; annotation)
((type (string) @code) @finding
 (#not-match? @code "^[\"'][A-Za-z_][A-Za-z0-9_., |\\[\\]]*[\"']$")
 (#set! id "py-annotation-code")
 (#set! severity "info")
 (#set! message "has a string annotation that is code, which typing.get_type_hints and others evaluate (analysed as such)")
 (#set! analyze "code"))

; ... and one set at run time from what the program reads or decodes
; (f.__annotations__["x"] = sys.stdin.read(), typing.ForwardRef(data)), in
; a program that evaluates annotations, is code the analysis cannot know
((assignment
   left: (subscript value: (attribute attribute: (identifier) @a))
   right: (_) @v) @finding
 (#eq? @a "__annotations__")
 (#unknown-code? @v)
 (#contains-call? @v "builtins\\.(input|open)|sys\\.stdin\\..*|.*\\.(read|readline|recv|decode|read_text|read_bytes)|urllib\\..*|requests\\..*|base64\\..*|codecs\\..*|builtins\\.bytes\\.fromhex")
 (#program-calls? @v "typing\\.(get_type_hints|ForwardRef)|typing_extensions\\.get_type_hints|inspect\\.get_annotations")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "sets an annotation from what the program reads, in a program that evaluates annotations: code the analysis cannot know"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @v)) @finding
 (#resolves-to? @fn "typing\\.ForwardRef")
 (#unknown-code? @v)
 (#contains-call? @v "builtins\\.(input|open)|sys\\.stdin\\..*|.*\\.(read|readline|recv|decode|read_text|read_bytes)|urllib\\..*|requests\\..*|base64\\..*|codecs\\..*|builtins\\.bytes\\.fromhex")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "makes a forward reference, which typing evaluates, of what the program reads: code the analysis cannot know"))

; logging.config.fileConfig evals a handler's class, args and kwargs lines
; (args=(exec(...) or sys.stderr,)): in a program that calls it, a config
; text whose such line calls something is code run by logging; a config
; given as text the analysis cannot know (StringIO of a download) or
; received by logging.config.listen() over a socket is code it cannot know
; (a file's path is not: a program's logging.ini is its own)
((string) @finding
 (#value-match? @finding "(?m)^[ \t]*(args|kwargs|class)[ \t]*[=:][^\n]*[A-Za-z0-9_\\]\\)][ \t]*\\(")
 (#program-calls? @finding "logging\\.config\\.fileConfig")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "holds a logging configuration whose args, kwargs or class line calls code, which logging.config.fileConfig runs with eval"))

((call
   function: (_) @fn
   arguments: (argument_list . (call function: (_) @io arguments: (argument_list . (_) @conf)))) @finding
 (#resolves-to? @fn "logging\\.config\\.fileConfig")
 (#resolves-to? @io "io\\.StringIO")
 (#unknown-code? @conf)
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "gives logging.config.fileConfig a configuration the analysis cannot know, whose args lines logging runs with eval"))


; match os: case object(system=run): a class pattern takes attributes of
; the subject by keyword, as getattr does
((match_statement subject: (_) @subj
   (block (case_clause (case_pattern (class_pattern (case_pattern (keyword_pattern))))))) @finding
 (#resolves-to? @subj "builtins|(os|posix|nt|sys|subprocess|importlib|ctypes|socket|pty|shutil|runpy|multiprocessing|_posixsubprocess|pickle|marshal|code|webbrowser)(\\..*)?")
 (#set! id "py-computed-attribute")
 (#set! severity "high")
 (#set! message "takes functions out of a powerful module by a match class pattern, which hides what is called"))

; ---- code the interpreter runs from files the program writes ----

; sys.path.insert(0, tempfile.mkdtemp()): modules imported from a
; temporary directory are files the program wrote (often just downloaded);
; tempfile.mkdtemp() and gettempdir() fold as a directory in /tmp
((call
   function: (_) @fn
   arguments: (argument_list (_) @dir .)) @finding
 (#resolves-to? @fn "sys\\.path\\.(insert|append|extend)|site\\.addsitedir")
 (#value-match? @dir "^/(tmp|var/tmp|dev/shm)(/|$)")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "imports from a temporary directory the program fills itself: code the analysis never read"))

; a Python file written by a program that fetches from the network:
; open("helper_mod.py", "wb").write(urlopen(u).read()); import helper_mod.
; What the file holds (often just downloaded) is code the analysis never
; read, which the program (or the next Python run in that directory)
; imports: a dropper's shape
((call
   function: (_) @fn
   arguments: (argument_list . (_) @path . (string) @mode)) @finding
 (#match? @mode "[wax]")
 (#resolves-to? @fn "builtins\\.open|io\\.open|codecs\\.open")
 (#value-match? @path "\\.pyw?$")
 (#program-calls? @fn "(urllib\\.request|urllib3|requests|httpx|aiohttp|http\\.client|ftplib|xmlrpc\\.client|paramiko)(\\..*)?|socket\\.(socket|create_connection)|urllib\\.urlretrieve|asyncio\\.open_connection")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "writes a Python file in a program that downloads: code it may import or run that the analysis never read"))

((call
   function: [(attribute object: (_) @path attribute: (identifier) @m)
              (call arguments: (argument_list . (_) @path . (_) @m))]) @finding
 (#method? @m "write_text" "write_bytes")
 (#value-match? @path "\\.pyw?$")
 (#program-calls? @m "(urllib\\.request|urllib3|requests|httpx|aiohttp|http\\.client|ftplib|xmlrpc\\.client|paramiko)(\\..*)?|socket\\.(socket|create_connection)|urllib\\.urlretrieve|asyncio\\.open_connection")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "writes a Python file in a program that downloads: code it may import or run that the analysis never read"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) . (_) @path)) @finding
 (#resolves-to? @fn "urllib\\.request\\.urlretrieve")
 (#value-match? @path "\\.pyw?$")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "downloads a Python file: code the program may import or run that the analysis never read"))

; a loader or finder of the program's own (an import hook, with the
; sys.meta_path and sys.path_hooks calls at the top) decides what source
; later imports run: fetched over the network, decrypted, ...
((class_definition superclasses: (argument_list (_) @finding))
 (#resolves-to? @finding "importlib\\.(abc\\.(Loader|SourceLoader|FileLoader|InspectLoader|ExecutionLoader|ResourceLoader|MetaPathFinder|PathEntryFinder|Finder)|machinery\\.(SourceFileLoader|SourcelessFileLoader|FileFinder|PathFinder))")
 (#set! id "py-unknown-code")
 (#set! severity "high")
 (#set! message "defines an import loader or finder: what the modules it loads run is code the analysis never read"))

; a .pth file or sitecustomize.py written: code every later Python start runs
([(string) (concatenated_string) (binary_operator)] @finding
 (#value-match? @finding "\\.pth$|(^|/)(site|user)customize\\.py$")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "names a .pth or sitecustomize file, code that every later start of Python runs"))

; a variable that makes other programs run a command or load code:
; env={"GIT_PAGER": "sh -c ..."}, dict(os.environ, LD_PRELOAD=p),
; os.environ["BASH_ENV"] = p (PAGER=cat and GIT_EDITOR=true are ordinary);
; GCONV_PATH (glibc's iconv loads the modules of that directory) and
; BASH_FUNC_name%% (a function every bash child defines, over the command
; of that name);
; PYTHONWARNINGS whose filter's category is antigravity's: Python imports it
; at start, and it opens a browser, running the BROWSER command line
; (PYTHONWARNINGS=all:0:antigravity.x:0:0); other filters are ordinary
((pair key: (_) @k value: (_) @v) @finding
 (#value-match? @k "^(PYTHONWARNINGS|GCONV_PATH|BASH_FUNC_.+|LD_PRELOAD|LD_AUDIT|BASH_ENV|ENV|GIT_SSH_COMMAND|GIT_SSH|GIT_PAGER|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_ASKPASS|GIT_EXTERNAL_DIFF|GIT_PROXY_COMMAND|GIT_CONFIG_PARAMETERS|GIT_EXEC_PATH|PAGER|MANPAGER|SYSTEMD_PAGER|EDITOR|VISUAL|SSH_ASKPASS|SUDO_ASKPASS|PYTHONSTARTUP|PYTHONINSPECT|PERL5OPT|RUBYOPT|NODE_OPTIONS|PROMPT_COMMAND|PS4|SHELLOPTS|BASHOPTS|LESSOPEN|LESSCLOSE|BROWSER)$")
 (#not-value-match? @v "^(cat|true|false|:|less( -[A-Za-z]+)*|more|vi|vim|nvim|nano|emacs|code --wait|/bin/cat|/usr/bin/cat|/bin/true|/usr/bin/true)?$|^(?!.*antigravity)(ignore|default|error|always|module|once|all)(:[^,]*)?(,(?!.*antigravity)[a-z]+(:[^,]*)?)*$")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "sets a variable that makes programs run a command or load code (LD_PRELOAD, BASH_ENV, GIT_SSH_COMMAND, PAGER, ...)"))

((keyword_argument name: (identifier) @k value: (_) @v) @finding
 (#match? @k "^(PYTHONWARNINGS|GCONV_PATH|BASH_FUNC_.+|LD_PRELOAD|LD_AUDIT|BASH_ENV|ENV|GIT_SSH_COMMAND|GIT_SSH|GIT_PAGER|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_ASKPASS|GIT_EXTERNAL_DIFF|GIT_PROXY_COMMAND|GIT_CONFIG_PARAMETERS|GIT_EXEC_PATH|PAGER|MANPAGER|SYSTEMD_PAGER|EDITOR|VISUAL|SSH_ASKPASS|SUDO_ASKPASS|PYTHONSTARTUP|PYTHONINSPECT|PERL5OPT|RUBYOPT|NODE_OPTIONS|PROMPT_COMMAND|PS4|SHELLOPTS|BASHOPTS|LESSOPEN|LESSCLOSE|BROWSER)$")
 (#not-value-match? @v "^(cat|true|false|:|less( -[A-Za-z]+)*|more|vi|vim|nvim|nano|emacs|code --wait|/bin/cat|/usr/bin/cat|/bin/true|/usr/bin/true)?$|^(?!.*antigravity)(ignore|default|error|always|module|once|all)(:[^,]*)?(,(?!.*antigravity)[a-z]+(:[^,]*)?)*$")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "sets a variable that makes programs run a command or load code (LD_PRELOAD, BASH_ENV, GIT_SSH_COMMAND, PAGER, ...)"))

((assignment left: (subscript value: (_) @env subscript: (_) @k) right: (_) @v) @finding
 (#resolves-to? @env "os\\.environb?")
 (#value-match? @k "^(PYTHONWARNINGS|GCONV_PATH|BASH_FUNC_.+|LD_PRELOAD|LD_AUDIT|BASH_ENV|ENV|GIT_SSH_COMMAND|GIT_SSH|GIT_PAGER|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_ASKPASS|GIT_EXTERNAL_DIFF|GIT_PROXY_COMMAND|GIT_CONFIG_PARAMETERS|GIT_EXEC_PATH|PAGER|MANPAGER|SYSTEMD_PAGER|EDITOR|VISUAL|SSH_ASKPASS|SUDO_ASKPASS|PYTHONSTARTUP|PYTHONINSPECT|PERL5OPT|RUBYOPT|NODE_OPTIONS|PROMPT_COMMAND|PS4|SHELLOPTS|BASHOPTS|LESSOPEN|LESSCLOSE|BROWSER)$")
 (#not-value-match? @v "^(cat|true|false|:|less( -[A-Za-z]+)*|more|vi|vim|nvim|nano|emacs|code --wait|/bin/cat|/usr/bin/cat|/bin/true|/usr/bin/true)?$|^(?!.*antigravity)(ignore|default|error|always|module|once|all)(:[^,]*)?(,(?!.*antigravity)[a-z]+(:[^,]*)?)*$")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "sets a variable that makes programs run a command or load code (LD_PRELOAD, BASH_ENV, GIT_SSH_COMMAND, PAGER, ...)"))

; ... and on any other mapping: a copy of the environment handed to a child
; (env = dict(os.environ); env["LD_" + "PRELOAD"] = lib; run([...], env=env)),
; for the names that load code or run a command in every program (not
; GIT_SSH_COMMAND="ssh -i key", NODE_OPTIONS=--max-old-space-size, PAGER:
; a CI job's copy of the environment sets those; BROWSER is a command line
; that webbrowser, and antigravity through it, runs)
((assignment left: (subscript value: (_) @env subscript: (_) @k) right: (_) @v) @finding
 (#not-resolves-to? @env "os\\.environb?")
 (#value-match? @k "^(PYTHONWARNINGS|GCONV_PATH|BASH_FUNC_.+|BROWSER|LD_PRELOAD|LD_AUDIT|BASH_ENV|GIT_EXTERNAL_DIFF|GIT_PROXY_COMMAND|GIT_CONFIG_PARAMETERS|GIT_EXEC_PATH|SSH_ASKPASS|SUDO_ASKPASS|PYTHONSTARTUP|PERL5OPT|RUBYOPT|PROMPT_COMMAND|PS4|SHELLOPTS|BASHOPTS|LESSOPEN|LESSCLOSE)$")
 (#not-value-match? @v "^(cat|true|false|:|less( -[A-Za-z]+)*|more|vi|vim|nvim|nano|emacs|code --wait|/bin/cat|/usr/bin/cat|/bin/true|/usr/bin/true)?$|^(?!.*antigravity)(ignore|default|error|always|module|once|all)(:[^,]*)?(,(?!.*antigravity)[a-z]+(:[^,]*)?)*$")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "sets a variable that makes programs run a command or load code (LD_PRELOAD, BASH_ENV, GIT_SSH_COMMAND, PAGER, ...)"))

; ... and the variables a CI job's copy sets to a command of its own
; (GIT_SSH_COMMAND="ssh -i key", PAGER, EDITOR, ...) when the command line
; given them runs a shell, an interpreter or a downloader, or more than one
; command (env["GIT_SSH_COMMAND"] = "sh -c 'curl ... | sh' --" before
; git ls-remote; env.setdefault("GIT_EDITOR", ...)): what git or man runs
((assignment left: (subscript value: (_) @env subscript: (_) @k) right: (_) @v) @finding
 (#not-resolves-to? @env "os\\.environb?")
 (#value-match? @k "^(?&command_vars)$")
 (#value-match? @v "(?&runs_a_command)")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "sets a variable that makes programs run a command or load code (LD_PRELOAD, BASH_ENV, GIT_SSH_COMMAND, PAGER, ...)"))

((call
   function: (attribute object: (_) @env attribute: (identifier) @m)
   arguments: (argument_list . (_) @k . (_) @v)) @finding
 (#match? @m "^(setdefault|__setitem__)$")
 (#not-resolves-to? @env "os\\.environb?")
 (#value-match? @k "^(?&command_vars)$")
 (#value-match? @v "(?&runs_a_command)")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "sets a variable that makes programs run a command or load code (LD_PRELOAD, BASH_ENV, GIT_SSH_COMMAND, PAGER, ...)"))

((call
   function: (_) @fn
   arguments: (argument_list . (_) @k . (_) @v)) @finding
 (#resolves-to? @fn "os\\.(putenv|environb?\\.(setdefault|__setitem__))")
 (#value-match? @k "^(PYTHONWARNINGS|GCONV_PATH|BASH_FUNC_.+|LD_PRELOAD|LD_AUDIT|BASH_ENV|ENV|GIT_SSH_COMMAND|GIT_SSH|GIT_PAGER|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_ASKPASS|GIT_EXTERNAL_DIFF|GIT_PROXY_COMMAND|GIT_CONFIG_PARAMETERS|GIT_EXEC_PATH|PAGER|MANPAGER|SYSTEMD_PAGER|EDITOR|VISUAL|SSH_ASKPASS|SUDO_ASKPASS|PYTHONSTARTUP|PYTHONINSPECT|PERL5OPT|RUBYOPT|NODE_OPTIONS|PROMPT_COMMAND|PS4|SHELLOPTS|BASHOPTS|LESSOPEN|LESSCLOSE|BROWSER)$")
 (#not-value-match? @v "^(cat|true|false|:|less( -[A-Za-z]+)*|more|vi|vim|nvim|nano|emacs|code --wait|/bin/cat|/usr/bin/cat|/bin/true|/usr/bin/true)?$|^(?!.*antigravity)(ignore|default|error|always|module|once|all)(:[^,]*)?(,(?!.*antigravity)[a-z]+(:[^,]*)?)*$")
 (#set! id "py-code-hook")
 (#set! severity "high")
 (#set! message "sets a variable that makes programs run a command or load code (LD_PRELOAD, BASH_ENV, GIT_SSH_COMMAND, PAGER, ...)"))

; doctest runs the ">>> " examples of the program's docstrings: in a
; program that calls doctest, each docstring with examples is analysed as
; the code it is (its findings reported at the docstring)
((expression_statement (string) @doc) @finding
 (#match? @doc ">>>")
 (#program-calls? @doc "doctest\\..*")
 (#set! id "py-doctest")
 (#set! severity "info")
 (#set! message "has doctest examples that doctest runs as code (analysed as such)")
 (#set! analyze "finding"))
