//@ pos eval of atob
eval(atob('Y29uc29sZS5sb2coMSk='));
//@ pos eval of a base64 Buffer
eval(Buffer.from(payload, 'base64').toString());
//@ pos the decoded payload is analysed too
eval(Buffer.from("cmVxdWlyZSgnY2hpbGRfcHJvY2VzcycpLmV4ZWMoJ2lkJyk=", 'base64').toString('utf8'));
//@ pos decoded into a variable first
const code = Buffer.from(blob, 'hex').toString();
eval(code);
//@ pos new Function of a decoded string
new Function(atob(payload))();
//@ pos Function of fromCharCode
Function(String.fromCharCode(97, 108, 101, 114, 116))();
//@ pos vm of decompressed data
const zlib = require('zlib');
require('vm').runInThisContext(zlib.inflateSync(data).toString());
//@ pos globalThis.eval of decodeURIComponent
globalThis.eval(decodeURIComponent('%63%6f%6e%73%6f%6c%65'));
//@ pos exec of a decoded command
require('child_process').execSync(Buffer.from(cmd, 'base64').toString());
//@ pos the buffer module's Buffer
const { Buffer: B } = require('buffer');
eval(B.from(x, 'base64').toString());
//@ neg decoding without running it
const text = Buffer.from(input, 'base64').toString('utf8');
console.log(text, atob('aGVsbG8='));
//@ neg eval of a plain string
eval('1 + 1');
//@ neg decoding inside a string
const s = "eval(atob(payload))";
console.log(s);
//@ neg a local atob
function atob(s) { return s; }
eval(atob('1+1'));
//@ neg a timer given a function that decodes
function search() { return decodeURIComponent(location.hash.slice(1)); }
setTimeout(search, 500);
//@ pos a timer given a decoded string
setTimeout(atob(payload), 0);
//@ pos Function reached by names spelt from coerced constants (JSFuck)
const f = ![] + '', t = !![] + '', u = [][[]] + '', o = [] + {};
const flat = f[0] + f[2] + f[1] + t[0];
const ctor = o[5] + o[1] + u[1] + f[3] + t[0] + t[1] + t[2] + o[5] + t[0] + o[1] + t[1];
[][flat][ctor](atob(process.argv[2]))();
//@ neg coerced constants in ordinary code
const f = ![] + '', words = ['a', 'b'] + '';
console.log(f, words, +[], `${{}}`, atob('aGk='));
