; Code built at run time: eval/exec/compile, dynamic imports, and the
; tricks that hide which function is called.

((call
   function: (_) @fn
   arguments: (argument_list . (_) @code)) @finding
 (#resolves-to? @fn "builtins\\.(eval|exec|compile|execfile)")
 (#set! id "py-dynamic-code")
 (#set! severity "warn")
 (#set! message "runs code that is built or read at run time (eval/exec/compile)")
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
 (#set! severity "warn")
 (#set! message "reaches into __builtins__, a common way to call eval or exec without naming them"))

((import_statement (dotted_name) @finding)
 (#eq? @finding "builtins")
 (#set! id "py-builtins-access")
 (#set! severity "warn")
 (#set! message "imports builtins, a common way to call eval or exec without naming them"))

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
