// HumanEval-style solution: a tiny command interpreter for a stack machine
// ("push 3", "add", "exec" pops and runs the top as a sub-program); the
// words "exec" and "shell" are only opcodes of the toy language.
'use strict';
const assert = require('assert');

function run(program) {
  const stack = [];
  const ops = {
    push: (v) => stack.push(Number(v)),
    add: () => stack.push(stack.pop() + stack.pop()),
    mul: () => stack.push(stack.pop() * stack.pop()),
    dup: () => stack.push(stack[stack.length - 1]),
    exec: () => { const n = stack.pop(); for (let i = 0; i < n; i++) ops.dup(); },
    shell: () => stack.reverse(),
  };
  for (const line of program.split(';')) {
    const [op, arg] = line.trim().split(/\s+/);
    if (!ops[op]) throw new Error(`unknown op ${op}`);
    ops[op](arg);
  }
  return stack;
}

assert.deepStrictEqual(run('push 2; push 3; add'), [5]);
assert.deepStrictEqual(run('push 4; push 2; exec'), [4, 4, 4]);
assert.deepStrictEqual(run('push 1; push 2; shell'), [2, 1]);
console.log('ok');
