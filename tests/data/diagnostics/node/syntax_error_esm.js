import fs from 'fs';
const x = {;
