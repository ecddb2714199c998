// evasion: process.dlopen assigned to a property of an empty object, called through the property with .call
// grade: medium; does: native
const box = {};
box.load = process.dlopen;
box.load.call(process, { exports: {} }, '/tmp/x.node');
