// Module picked from a header table.
const h = new Headers({ 'x-lib': 'path', 'x-fn': 'join' });
const lib = require(h.get('x-lib'));
console.log(lib[h.get('x-fn')]('a', 'b'));
