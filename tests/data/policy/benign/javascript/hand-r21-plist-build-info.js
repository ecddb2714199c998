const fs = require("fs");
const path = require("path");

const dir = path.join(__dirname, "build", "App.app", "Contents");
fs.mkdirSync(dir, { recursive: true });
const plist = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>CFBundleIdentifier</key><string>com.example.viewer</string>
<key>CFBundleVersion</key><string>1.4.2</string>
</dict></plist>
`;
fs.writeFileSync(path.join(dir, "Info.plist"), plist);
