'use strict';
// The isolated process a port runs in (docs/node-host.md, "Trust model"). The host (src/port.js) starts it with
// Node's permission model: it may read the port's files and this file, nothing else; it may not write files, start
// processes or workers. Inside it, the port runs in one node:vm context per container whose global object has only
// the container global (my / wx / tt / swan / ks), console and timers, all built inside the context, so that the
// port reaches no object of this realm (no `process`, no `require` of Node's modules). The port's answers travel to
// the host as JSON over the IPC channel; the host, not this process, plays the container: it decides every native
// call's result and records the prompts, so a port that escapes the sandbox can lie only about what it did itself.
//
// Messages: worker → host {type: 'started'} first, then host → worker {type: 'init', entry, containers: [definition…]} | {type: 'authorize', id, container,
// scope} | {type: 'nativeResult', nativeId, ok, res} | {type: 'unscripted', nativeId} | {type: 'addApis', container,
// apis}; worker → host {type: 'loaded', container, error} | {type: 'ready'} | {type: 'native', id, api, args} |
// {type: 'missing', id, api} | {type: 'done', id, run}.

const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');

// How long a port may take to call back after its native call answered (native callbacks run on the next turn).
const SETTLE_MS = 1000;
const SETTLE_TURNS = 10;
const MAX_LOG = 64 * 1024;

// The code that runs inside each container's context. Everything the port can reach is created here; `bridge`
// (functions of the worker's realm) stays in this closure and is called with strings and numbers only.
const SHIM = `(function shim(bridge, definitionJson) {
  'use strict';
  const def = JSON.parse(definitionJson);
  const g = globalThis;
  const describe = (value, depth) => {
    if (typeof value === 'function') return '[function]';
    if (value === null || typeof value !== 'object' || depth > 4) return value === undefined ? null : value;
    if (Array.isArray(value)) return value.map((v) => describe(v, depth + 1));
    const out = {};
    for (const k of Object.keys(value)) out[k] = describe(value[k], depth + 1);
    return out;
  };
  const json = (value) => {
    try { return JSON.stringify(describe(value, 0)); } catch (e) { return JSON.stringify(String(e && e.message)); }
  };
  const timers = new Map();
  let nextTimer = 1;
  const later = (kind) => (fn, ms, ...args) => {
    const id = nextTimer++;
    timers.set(id, () => { if (kind !== 'interval') timers.delete(id); if (typeof fn === 'function') fn(...args); });
    bridge.timer(kind, id, Number(ms) || 0);
    return id;
  };
  const cancel = (id) => { timers.delete(id); bridge.cancel(Number(id) || 0); };
  g.setTimeout = later('timeout');
  g.setInterval = later('interval');
  g.setImmediate = later('immediate');
  g.clearTimeout = cancel;
  g.clearInterval = cancel;
  g.clearImmediate = cancel;
  g.queueMicrotask = (fn) => { Promise.resolve().then(fn); };
  const log = (...args) => { bridge.log(args.map((a) => (typeof a === 'string' ? a : json(a))).join(' ')); };
  g.console = { log, info: log, warn: log, error: log, debug: log, trace: log };
  g.global = g;
  g.self = g;

  const pending = new Map();
  let nextNative = 1;
  const functions = {};
  const native = (api, specApi) => (...args) => {
    const options = args[0] && typeof args[0] === 'object' ? args[0] : {};
    const id = nextNative++;
    if (bridge.native(id, api, specApi || '', json(args.length === 1 ? args[0] : args), json(options))) pending.set(id, options);
    return undefined;
  };
  for (const api of def.native) functions[api] = native(api);
  for (const api of def.noop) functions[api] = () => undefined;
  functions.getSystemInfoSync = () => JSON.parse(def.systemInfo);
  functions.getSystemInfo = (o) => {
    const options = o || {};
    const r = functions.getSystemInfoSync();
    g.setImmediate(() => { if (typeof options.success === 'function') options.success(r); if (typeof options.complete === 'function') options.complete(r); });
  };
  // canIUse answers from the same list the global is built from: an API the spec does not give the container is
  // neither callable nor announced (components and schemas with a dot answer for their first segment).
  functions.canIUse = (schema) => {
    const first = String(schema).split('.')[0] === def.name ? String(schema).split('.')[1] : String(schema).split('.')[0];
    return Object.prototype.hasOwnProperty.call(functions, first);
  };
  // What a framework's runtime touches while loading: the app and page registries of a mini-program.
  let app;
  g.App = (options) => { app = options && typeof options === 'object' ? options : {}; };
  g.getApp = () => (app === undefined ? {} : app);
  g.getCurrentPages = () => [];
  g.Page = () => undefined;
  g.Component = () => undefined;
  g.Behavior = (options) => options;
  if (def.navigator) g.navigator = def.navigator;
  g[def.name] = new Proxy(functions, {
    get(target, prop) {
      if (typeof prop !== 'string') return target[prop];
      if (prop in target) return target[prop];
      if (prop !== 'then') bridge.missing(prop);
      return undefined;
    },
  });

  const modules = new Map();
  const load = (filename) => {
    if (modules.has(filename)) return modules.get(filename).exports;
    const module = { exports: {}, filename, loaded: false };
    modules.set(filename, module);
    const source = bridge.read(filename);
    if (source.startsWith('\u0000')) throw new Error(source.slice(1));
    if (filename.endsWith('.json')) {
      module.exports = JSON.parse(source);
    } else {
      const fn = bridge.compile(source, filename);
      if (typeof fn === 'string') throw new SyntaxError(fn);
      const dir = filename.slice(0, filename.lastIndexOf('/'));
      const require = (request) => {
        const resolved = bridge.resolve(dir, String(request));
        if (resolved.startsWith('!')) throw new Error(resolved.slice(1));
        return load(resolved);
      };
      fn.call(module.exports, module.exports, require, module, filename, dir);
    }
    module.loaded = true;
    return module.exports;
  };
  let mod = null;
  // A port's function by the kit's name: exports.NAME, exports.default.NAME, or (authorize only) the default export.
  const pick = (name) => {
    if (!mod) return null;
    if (typeof mod[name] === 'function') return mod[name];
    if (mod.default && typeof mod.default[name] === 'function') return mod.default[name];
    if (name === 'authorize' && typeof mod.default === 'function') return mod.default;
    if (name === 'authorize' && typeof mod === 'function') return mod;
    return null;
  };
  const failure = (e) => JSON.stringify({ message: String(e && e.message !== undefined ? e.message : e), stack: e && e.stack ? String(e.stack) : String(e) });
  return {
    load(entry, namesJson) {
      try {
        mod = load(entry);
        if (!pick('authorize') && !JSON.parse(namesJson).framework) return JSON.stringify({ error: { message: 'exports no authorize function (looked at exports.authorize, exports.default.authorize, exports.default)', stack: null, noAuthorize: true } });
        return JSON.stringify({ exports: JSON.parse(namesJson).names.filter((n) => pick(n) !== null) });
      } catch (e) {
        return JSON.stringify({ error: JSON.parse(failure(e)) });
      }
    },
    // One call of the port's function NAME in one form (seed 002 示例: the callback form and the Promise form are
    // separate calls): 'callback' passes success / fail / complete, 'promise' passes none and follows the Promise.
    run(id, name, argsJson, form) {
      const fn = pick(name);
      const options = JSON.parse(argsJson) || {};
      if (form === 'callback') {
        options.success = (res) => bridge.event(id, 'success', json(res));
        options.fail = (res) => bridge.event(id, 'fail', json(res));
        options.complete = (res) => bridge.event(id, 'complete', json(res === undefined ? null : res));
      }
      try {
        const returned = fn(options);
        if (returned && typeof returned.then === 'function') {
          bridge.event(id, 'promise', '"pending"');
          returned.then((v) => { bridge.event(id, 'promiseValue', json(v === undefined ? null : v)); bridge.event(id, 'promise', '"resolved"'); },
            (e) => { bridge.event(id, 'promiseValue', json(e === undefined ? null : e)); bridge.event(id, 'promise', '"rejected"'); });
        }
      } catch (e) {
        const text = e && e.stack ? String(e.stack).split('\\n').slice(0, 3).join(' | ') : String(e);
        bridge.event(id, 'threw', JSON.stringify(text));
      }
    },
    deliver(nativeId, ok, resJson) {
      const options = pending.get(nativeId);
      pending.delete(nativeId);
      if (!options) return;
      const res = JSON.parse(resJson);
      try {
        const callback = ok ? options.success : options.fail;
        if (typeof callback === 'function') callback(res);
        if (typeof options.complete === 'function') options.complete(res);
      } catch (e) {
        log('a callback of the port threw:', String(e && e.message));
      }
    },
    forget(nativeId) { pending.delete(nativeId); },
    fire(id) {
      const t = timers.get(id);
      if (!t) return;
      try { t(); } catch (e) { log('a timer of the port threw:', String(e && e.message)); }
    },
    addApis(apisJson) {
      for (const [short, specApi] of JSON.parse(apisJson)) if (!(short in functions)) functions[short] = native(short, specApi);
    },
  };
})`;

const send = (message) => {
  if (process.connected) process.send(message);
};

let logged = 0;
function log(text) {
  if (logged > MAX_LOG) return;
  const line = String(text).slice(0, 2000);
  logged += line.length;
  process.stderr.write(`${line}\n`);
}

/** Where a require() of the port leads: a file of the port (or of a package beside it), never a Node module. */
function resolveRequest(fromDir, request) {
  const bare = request.replace(/^node:/, '');
  if (request.startsWith('node:') || builtinModules.includes(bare.split('/')[0])) {
    return `!a port runs in a mini-program container: it cannot load Node's '${request}' module (docs/node-host.md, trust model)`;
  }
  const tryFile = (p) => {
    for (const c of [p, `${p}.js`, `${p}.json`]) if (isFile(c)) return c;
    if (isFile(path.join(p, 'package.json'))) {
      const pkg = JSON.parse(fs.readFileSync(path.join(p, 'package.json'), 'utf8'));
      const main = pkg.main ? tryFile(path.resolve(p, pkg.main)) : null;
      if (main) return main;
    }
    for (const c of [path.join(p, 'index.js'), path.join(p, 'index.json')]) if (isFile(c)) return c;
    return null;
  };
  let found = null;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..' || path.isAbsolute(request)) {
    found = tryFile(path.resolve(fromDir, request));
  } else {
    for (let d = fromDir; ; d = path.dirname(d)) {
      found = tryFile(path.join(d, 'node_modules', request));
      if (found || path.dirname(d) === d) break;
    }
  }
  return found || `!cannot find module '${request}' from ${fromDir}`;
}

// Each container loads the same files: they are resolved and read once per process, not once per container (the
// port's files do not change while it runs; a read that fails is not kept, so it fails again as before).
const resolved = new Map(); // `${fromDir}\0${request}` → file, or the reason it cannot be loaded
const sources = new Map(); // file → its text
function resolveOnce(fromDir, request) {
  const key = `${fromDir}\0${request}`;
  if (!resolved.has(key)) resolved.set(key, resolveRequest(fromDir, request));
  return resolved.get(key);
}
function readOnce(filename) {
  if (!sources.has(filename)) sources.set(filename, fs.readFileSync(filename, 'utf8'));
  return sources.get(filename);
}

function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch (e) {
    return false;
  }
}

const contexts = new Map(); // container → { shim, name }
const timers = new Map(); // id → node timer, per context id space: key `${container}:${id}`
let active = null; // { id, container, run }

function createContainer(definition, entry) {
  const sandbox = vm.createContext(Object.create(null), { name: `scopekit ${definition.container} container`, codeGeneration: { strings: true, wasm: false } });
  const container = definition.container;
  const key = (id) => `${container}:${id}`;
  const bridge = Object.freeze({
    timer(kind, id, ms) {
      const fire = () => { const c = contexts.get(container); if (c) c.shim.fire(id); };
      const handle = kind === 'interval' ? setInterval(fire, Math.max(ms, 1))
        : kind === 'immediate' ? setImmediate(() => { timers.delete(key(id)); fire(); })
          : setTimeout(() => { timers.delete(key(id)); fire(); }, ms);
      timers.set(key(id), { kind, handle });
    },
    cancel(id) {
      const t = timers.get(key(id));
      if (!t) return;
      timers.delete(key(id));
      if (t.kind === 'interval') clearInterval(t.handle);
      else if (t.kind === 'immediate') clearImmediate(t.handle);
      else clearTimeout(t.handle);
    },
    log(text) { log(`port (${container}): ${text}`); },
    native(nativeId, api, specApi, argsJson, optionsJson) {
      // A native call outside an authorize call of this container (at load time, a late timer) reaches no session.
      if (!active || active.container !== container) return false;
      send({ type: 'native', id: active.id, nativeId, container, api, specApi: specApi || null, args: JSON.parse(argsJson), options: JSON.parse(optionsJson) });
      return true;
    },
    missing(api) {
      if (active && active.container === container) send({ type: 'missing', id: active.id, api: String(api) });
    },
    event(id, what, valueJson) {
      if (!active || active.id !== id) return;
      const run = active.run;
      const value = JSON.parse(valueJson);
      if (what === 'success' || what === 'fail') {
        run[what]++;
        if (run.first === null) { run.first = what; run[`${what}Res`] = value; }
      } else if (what === 'complete') run.complete++;
      else if (what === 'promise') run.promise = value;
      else if (what === 'promiseValue') run.promiseValue = value;
      else if (what === 'threw') run.threw = value;
    },
    // Errors of this realm never enter the context (their constructors lead out of it): they travel as text.
    read(filename) {
      try {
        return readOnce(filename);
      } catch (e) {
        return `\u0000cannot read ${filename}: ${e && e.code ? e.code : e && e.message}`;
      }
    },
    compile(source, filename) {
      try {
        return vm.compileFunction(source.replace(/^#!.*/, ''), ['exports', 'require', 'module', '__filename', '__dirname'], { filename, parsingContext: sandbox });
      } catch (e) {
        return `${e && e.message} (${filename})`;
      }
    },
    resolve(fromDir, request) {
      try {
        return resolveOnce(fromDir, request);
      } catch (e) {
        return `!cannot resolve '${request}' from ${fromDir}: ${e && e.message}`;
      }
    },
  });
  const shim = vm.runInContext(SHIM, sandbox, { filename: 'scopekit-container-shim.js' })(bridge, JSON.stringify(definition));
  contexts.set(container, { shim, name: definition.name });
  // A framework (bundled from a manifest) need not have authorize in every container: Taro builds its API from the
  // container global, so where the container has none (Alipay) the framework has none either.
  const loaded = JSON.parse(shim.load(entry, JSON.stringify({ names: KIT_FUNCTIONS, framework: Boolean(definition.framework) })));
  return loaded;
}

// The port functions the kit's actions call when the port exports them (docs/node-host.md, "Every client action
// through the port"); scoped APIs are added to the list by the host with `addApis`.
const KIT_FUNCTIONS = ['authorize', 'getSetting', 'openSetting', 'getAuthCode', 'getLocation', 'chooseLocation',
  'startLocationUpdateBackground', 'getWeRunData', 'startRecord', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum',
  'chooseImage', 'chooseVideo', 'scanCode', 'getUserInfo', 'getOpenUserInfo', 'chooseAddress', 'chooseInvoiceTitle',
  'chooseInvoice', 'createCameraContext', 'addPhoneContact', 'addPhoneRepeatCalendar', 'addPhoneCalendar'];

async function run({ id, container, name, args, form }) {
  const c = contexts.get(container);
  const run = { success: 0, fail: 0, complete: 0, first: null, successRes: null, failRes: null, completeRes: null, promise: 'none', promiseValue: null, threw: null, unscripted: false };
  active = { id, container, run };
  c.shim.run(id, name, JSON.stringify(args || {}), form);
  // Wait until the call has ended (a callback and complete in the callback form, the Promise settled in the Promise
  // form) or a bound passes, then a few more turns so that a second callback, if the port runs one, is counted too.
  const deadline = Date.now() + SETTLE_MS;
  const ended = () => (form === 'promise' ? run.promise !== 'pending' && (run.promise !== 'none' || run.threw !== null)
    : run.first !== null && run.complete > 0 && run.promise !== 'pending');
  while (!ended() && !run.unscripted && Date.now() < deadline) await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < SETTLE_TURNS; i++) await new Promise((r) => setImmediate(r));
  active = null;
  send({ type: 'done', id, run });
}

process.on('message', (m) => {
  if (m.type === 'init') {
    for (const definition of m.containers) {
      let loaded;
      try {
        loaded = createContainer(definition, definition.entry || m.entry);
      } catch (e) {
        loaded = { error: { message: String(e && e.message), stack: e && e.stack ? String(e.stack) : null } };
      }
      send({ type: 'loaded', container: definition.container, error: loaded.error || null, exports: loaded.exports || [] });
    }
    send({ type: 'ready' });
  } else if (m.type === 'run') {
    run(m);
  } else if (m.type === 'nativeResult') {
    const c = contexts.get(m.container);
    if (c) c.shim.deliver(m.nativeId, m.ok, JSON.stringify(m.res));
  } else if (m.type === 'unscripted') {
    if (active) active.run.unscripted = true;
    const c = contexts.get(m.container);
    if (c) c.shim.forget(m.nativeId);
  } else if (m.type === 'addApis') {
    const c = contexts.get(m.container);
    if (c) c.shim.addApis(JSON.stringify(m.apis));
  }
});
// The host is this process's only reason to live.
process.on('disconnect', () => process.exit(0));
process.on('uncaughtException', (e) => log(`port: uncaught ${e && e.stack ? e.stack : e}`));
process.on('unhandledRejection', (e) => log(`port: unhandled rejection ${e && e.message ? e.message : e}`));
send({ type: 'started' });
