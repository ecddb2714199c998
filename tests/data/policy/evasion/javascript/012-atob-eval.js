// evasion: atob payload into eval
// grade: medium; does: shell
eval(atob("cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp"));
