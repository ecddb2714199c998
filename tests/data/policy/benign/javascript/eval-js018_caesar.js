const assert = require("node:assert");

function task_caesar(s, shift) {
  let out = "";
  for (const c of s) {
    if (c >= "a" && c <= "z") {
      out += String.fromCharCode(((c.charCodeAt(0) - 97 + shift) % 26 + 26) % 26 + 97);
    } else {
      out += c;
    }
  }
  return out;
}

assert.deepStrictEqual(task_caesar("seirr deba dslismu bmrc", -30), "oaenn zaxw zoheoiq xiny");
assert.deepStrictEqual(task_caesar("iuubmr erc oc udoesiu", 7), "pbbity lyj vj bkvlzpb");
assert.deepStrictEqual(task_caesar("natit abmuarb", 4), "rexmx efqyevf");
console.log("js018_caesar ok");
