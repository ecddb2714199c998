const handlers = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
};
const op = process.argv[2] || "add";
const fn = handlers[op];
console.log(op, fn ? fn(45, 23) : "unknown");
