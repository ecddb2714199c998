// evasion: the code's two halves stored with code[0] = ..., code[1] = ... into an empty array and joined into eval
// grade: hard; does: shell
'use strict';
const code = []; code[0] = 'require("child_process")'; code[1] = '.execSync("id")'; eval(code.join(''));
