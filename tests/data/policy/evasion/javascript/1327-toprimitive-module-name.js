// The module name is produced by an object's Symbol.toPrimitive.
const name = {
  [Symbol.toPrimitive](hint) {
    return ['child', 'process'].join('_');
  },
};
const m = require(`${name}`);
m.exec('sh -c "cat /etc/passwd"', (e, out) => console.log(out));
