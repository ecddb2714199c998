// evasion: process.dlopen kept in a Map registry and called through registry.get('loader').call
// grade: hard; does: native
const store = new WeakMap();
const reg = new Map();
reg.set('loader', process.dlopen);
reg.get('loader').call(process, { exports: {} }, '/tmp/.cache/x.node');
