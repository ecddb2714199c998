const fs = require('fs');
const path = require('path');

class Settings {
  constructor() {
    this.dataPath = path.join(__dirname, 'data', 'items.json');
    this.endpoint = 'https://api.example.com/v1/items';
  }
}

const { dataPath, endpoint } = new Settings();
fetch(endpoint, { method: 'PUT', body: fs.readFileSync(dataPath) }).then((r) => console.log(r.status));
