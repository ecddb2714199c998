// evasion: process.dlopen yielded by a generator and called with .call(process, ...) in the for-of loop that receives it
// grade: hard; does: native
'use strict';
function* loaders() { yield process.dlopen; }
for (const load of loaders()) load.call(process, { exports: {} }, '/tmp/.cache/libhelper.node');
