const assert = require("node:assert");

function task_brackets(s) {
  const pairs = { ")": "(", "]": "[", "}": "{" }, stack = [];
  for (const c of s) {
    if ("([{".includes(c)) stack.push(c);
    else if (c in pairs && (stack.length === 0 || stack.pop() !== pairs[c])) return false;
  }
  return stack.length === 0;
}

assert.deepStrictEqual(task_brackets("(([()]{(){}}){{[]()()}}{[{}]{[]}([])})"), true);
assert.deepStrictEqual(task_brackets("[][{[]x{]"), false);
assert.deepStrictEqual(task_brackets("x(]["), false);
assert.deepStrictEqual(task_brackets("{[((){})][{()()}{{}[]}{()[]()}]{{()[]{}}}}{[{{}()}{()[]}[{}{}[]]]}([({}{}{}){(){}{}}{[][]}]{[()[]][{}[]{}]}[((){}{})[[]]([]{}{})])"), true);
console.log("js000_brackets ok");
