// evasion: a name given harmless code, then what stdin says; the analysis folded the first value
// grade: medium; does: download-exec
let code = "console.log('ready')";
code = require("fs").readFileSync(0, "utf8");
eval(code);
