class Queue {
  #items = [];
  push(x) {
    this.#items.push(x);
    return this;
  }
  shift() {
    return this.#items.shift();
  }
  get size() {
    return this.#items.length;
  }
}
const q = new Queue();
for (let i = 0; i < 2; i++) q.push(i * 2);
const assert = require("assert");
assert.strictEqual(q.size, 2);
assert.strictEqual(q.shift(), 0);
console.log("queue ok", q.size);
