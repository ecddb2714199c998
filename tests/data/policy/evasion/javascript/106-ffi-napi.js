// evasion: libc system through ffi-napi
// grade: medium; does: native
const ffi = require('ffi-napi');
const libc = ffi.Library(null, { system: ['int', ['string']] });
libc.system('id');
