// Merge defaults into options by hand.
const defaults = { retries: 3, verbose: false };
const opts = { verbose: true };
for (const k in defaults) {
  if (!(k in opts)) opts[k] = defaults[k];
}
console.log(opts);
