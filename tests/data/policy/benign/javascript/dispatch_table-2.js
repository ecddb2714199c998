const handlers = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
};
const op = process.argv[2] || "sub";
const fn = handlers[op];
console.log(op, fn ? fn(29, 40) : "unknown");
