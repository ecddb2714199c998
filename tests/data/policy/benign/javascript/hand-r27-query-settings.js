const settings = Object.fromEntries(new URLSearchParams("theme=dark&lang=en"));
const themes = { dark: require("./themes/dark.json"), light: require("./themes/light.json") };
console.log(themes[settings.theme], settings.lang);
