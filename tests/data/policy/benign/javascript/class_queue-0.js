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
for (let i = 0; i < 5; i++) q.push(i * 3);
const assert = require("assert");
assert.strictEqual(q.size, 5);
assert.strictEqual(q.shift(), 0);
console.log("queue ok", q.size);
