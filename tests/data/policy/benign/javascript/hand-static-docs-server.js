// Ordinary program: serves a project's built documentation with express.
// The static root is the docs/build directory beside the program, not
// the home; the server listens on the loopback address only.
'use strict';
const express = require('express');
const path = require('path');

const root = path.join(__dirname, 'docs', 'build');
const app = express();
app.use(express.static(root, { index: 'index.html' }));
app.listen(8000, '127.0.0.1', () => console.log('docs on http://127.0.0.1:8000'));

