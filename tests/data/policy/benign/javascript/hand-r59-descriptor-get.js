// A lazily computed property defined with a descriptor getter.
const cfg = {};
Object.defineProperty(cfg, 'path', {
  get() {
    return require('path').join(__dirname, 'config.json');
  },
});
console.log(cfg.path);
