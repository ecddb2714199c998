const addr = process.env.VAULT_ADDR || 'http://127.0.0.1:8200';

fetch(`${addr}/v1/sys/health`)
  .then((r) => r.json())
  .then((s) => console.log('sealed:', s.sealed));
