// evasion: base64 code through Buffer into Function
// grade: medium; does: shell
const src = Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp', 'base64');
new Function(src.toString())();
