const EventEmitter = require("events");
const bus = new EventEmitter();
let total = 0;
bus.on("add", (n) => (total += n));
for (let i = 1; i <= 3; i++) bus.emit("add", i);
console.log("total", total);
require("assert").strictEqual(total, (3 * (3 + 1)) / 2);
