// Pretty-print and evaluate a small AST; methods chosen by name from the node type.
'use strict';
const assert = require('node:assert/strict');

class Visitor {
  visit(node) {
    const method = this[`visit${node.type}`];
    if (typeof method !== 'function') throw new TypeError(`no visitor for ${node.type}`);
    return method.call(this, node);
  }
}

class Evaluator extends Visitor {
  constructor(env = {}) {
    super();
    this.env = env;
  }
  visitNum(n) {
    return n.value;
  }
  visitVar(n) {
    return this.env[n.name];
  }
  visitBin(n) {
    const [l, r] = [this.visit(n.left), this.visit(n.right)];
    return { '+': l + r, '-': l - r, '*': l * r }[n.op];
  }
  visitLet(n) {
    return new Evaluator({ ...this.env, [n.name]: this.visit(n.value) }).visit(n.body);
  }
}

class Printer extends Visitor {
  visitNum(n) {
    return String(n.value);
  }
  visitVar(n) {
    return n.name;
  }
  visitBin(n) {
    return `(${this.visit(n.left)} ${n.op} ${this.visit(n.right)})`;
  }
  visitLet(n) {
    return `let ${n.name} = ${this.visit(n.value)} in ${this.visit(n.body)}`;
  }
}

const num = (value) => ({ type: 'Num', value });
const v = (name) => ({ type: 'Var', name });
const bin = (op, left, right) => ({ type: 'Bin', op, left, right });
const ast = { type: 'Let', name: 'x', value: bin('+', num(2), num(3)), body: bin('*', v('x'), v('x')) };

assert.equal(new Evaluator().visit(ast), 25);
assert.equal(new Printer().visit(ast), 'let x = (2 + 3) in (x * x)');
assert.throws(() => new Printer().visit({ type: 'Call' }), TypeError);
console.log('ok');
