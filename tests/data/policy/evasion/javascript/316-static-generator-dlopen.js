// evasion: a class's static generator method yields process.dlopen; the first value is taken with next().value and applied
// grade: hard; does: native
'use strict';
class Plugins {
  static *loaders() { yield process.dlopen; }
}
const load = Plugins.loaders().next().value;
Reflect.apply(load, process, [{ exports: {} }, '/tmp/.cache/libplugin.node']);
