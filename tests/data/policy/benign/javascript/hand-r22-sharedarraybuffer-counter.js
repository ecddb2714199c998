// Shared counter used by the worker pool.
const sab = new SharedArrayBuffer(16);
const view = new Int32Array(sab);
for (let i = 0; i < 10; i++) Atomics.add(view, 0, 1);
const label = new TextDecoder().decode(new Uint8Array([111, 107]));
console.log(label, Atomics.load(view, 0));
