'use strict';
// Hosts a JavaScript port of @uni/authorize inside simulated mini-program containers. Each container is a global
// (alipay→my, wechat→wx, bytedance→tt, baidu→swan, kuaishou→ks) set before the port loads; its native consent
// behaviour is the reference behaviour of the container's client-platform spec, the user's answers are scripted by
// the kit, and every call the port makes into the global is recorded with its arguments. The port itself runs in
// its own process (port-worker.js), never in this one: this file plays the containers and drives that process.

const fs = require('node:fs');
const path = require('node:path');
const childProcess = require('node:child_process');
const { profileOf, loadSpecs } = require('./specs');
const { ReferenceSession, RecordStore, TargetError, observation } = require('./session');

// The containers the host plays: the global each sets and the client platform whose spec describes it. Feishu
// gadgets use `tt` as ByteDance's do (seed 000 names Feishu's own consent behaviour and client versions).
const CONTAINERS = {
  alipay: { global: 'my', platform: 'alipay' },
  wechat: { global: 'wx', platform: 'wechat-miniprogram' },
  bytedance: { global: 'tt', platform: 'bytedance' },
  baidu: { global: 'swan', platform: 'baidu' },
  kuaishou: { global: 'ks', platform: 'kuaishou' },
  feishu: { global: 'tt', platform: 'feishu-gadget' },
};
const GLOBALS = Object.fromEntries(Object.entries(CONTAINERS).map(([id, c]) => [id, c.global]));
// What the ports' environment checks look for (e.g. @uni/apis base/env: my.alert, tt.showToast, wx.request).
const ENVIRONMENT_APIS = ['alert', 'showToast', 'request', 'login'];
// The consent APIs of a container whose spec has no `container:` facts yet: the WeChat trio, which the other
// containers' facts show each of them has (platform-specs/README.md, "container:").
const DEFAULT_CONSENT_APIS = ['authorize', 'getSetting', 'openSetting'];
// An API a port calls that the spec's container facts do not list yet, kept so that an existing certification does
// not change under it (docs/node-host.md, "Containers"): @uni/apis 1.1.13 calls my.showAuthGuide for scope.camera.
const UNLISTED_APIS = { alipay: ['showAuthGuide'] };

/** The spec's container facts of a container ({global, apis, absent}), or null when the spec has none. */
function containerFacts(catalog, container) {
  const spec = catalog ? catalog.platforms.get(CONTAINERS[container].platform) : null;
  return spec && spec.container && typeof spec.container === 'object' ? spec.container : null;
}

/** The short name of a spec API on a global (my.getSetting → getSetting), or null for another global's. */
function shortName(globalName, api) {
  return String(api).startsWith(`${globalName}.`) ? String(api).slice(globalName.length + 1) : null;
}

/** Finds the port's entry file: a file, a directory with package.json, or an installed package name. */
function resolvePort(spec, searchFrom) {
  const candidates = [];
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    candidates.push(path.resolve(spec));
  } else {
    const at = spec.indexOf('@', 1);
    const name = at > 0 ? spec.slice(0, at) : spec;
    for (const dir of searchFrom) {
      let d = path.resolve(dir);
      for (;;) {
        candidates.push(path.join(d, 'node_modules', name));
        const up = path.dirname(d);
        if (up === d) break;
        d = up;
      }
    }
  }
  for (const c of candidates) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return { entry: c, root: path.dirname(c), pkg: null };
    const manifest = path.join(c, 'package.json');
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
      // The CommonJS entry (`main`), not `exports`: a port's mini-program builds are CommonJS under `main`.
      return { entry: path.join(c, pkg.main || 'index.js'), root: c, pkg };
    }
  }
  throw new RangeError(`port '${spec}' not found (looked for ${candidates.slice(0, 3).join(', ')}${candidates.length > 3 ? ', …' : ''}); install it (npm install ${spec}) or give a path`);
}

/** One recorded call: the API, the scope it names in the container's words (scope / scopes / authType), its argument (as the port's process described it: functions are '[function]'). */
function nativeCall(api, args) {
  const o = args !== null && typeof args === 'object' && !Array.isArray(args) ? args : { arguments: args };
  const named = o.scope !== undefined ? o.scope : o.scopes !== undefined ? o.scopes : o.authType;
  return { api, scope: named === undefined || named === null ? null : [].concat(named).join(','), args: o };
}

/** The scoped APIs of a container's spec (wx.getLocation, …) as [name on the global, the spec's name]. */
function scopedApis(globalName, apis) {
  const out = [];
  for (const api of apis) {
    const short = api.startsWith(`${globalName}.`) ? api.slice(globalName.length + 1) : api;
    if (/^[A-Za-z_$][\w$]*$/.test(short)) out.push([short, api]);
  }
  return out;
}

/**
 * The container global of one container, as data: the port's process (port-worker.js) builds the global from it
 * inside the port's sandbox. `native` APIs are answered by this host (PortSession.native): the consent APIs the
 * container's spec lists (`container.apis`), never one it lists as `absent` (Alipay has no my.authorize); `noop`
 * ones return undefined; getSystemInfoSync / getSystemInfo answer `systemInfo`; canIUse answers from the same list.
 * Every container also has what mini-program frameworks read while loading (App, Page, Component, Behavior, getApp,
 * getCurrentPages) and, on Alipay, a `navigator` (Taro's Alipay runtime reads navigator.userAgent).
 */
function containerDefinition(container, os, catalog = null) {
  const name = GLOBALS[container];
  const facts = containerFacts(catalog, container);
  const listed = facts && Array.isArray(facts.apis) ? facts.apis.map((a) => shortName(name, a.name)).filter(Boolean) : DEFAULT_CONSENT_APIS;
  const absent = new Set(facts && Array.isArray(facts.absent) ? facts.absent.map((a) => shortName(name, a.name)).filter(Boolean) : []);
  const native = [...new Set([...listed, ...(UNLISTED_APIS[container] || [])])].filter((a) => !absent.has(a));
  // Every container has getSystemInfoSync; whole-API bundles such as @uni/apis call it while loading.
  const systemInfo = { platform: os === 'ios' ? 'iOS' : 'Android', windowWidth: 375, windowHeight: 667, pixelRatio: 2, screenWidth: 375, screenHeight: 667 };
  return { container, name, native, absent: [...absent], noop: ENVIRONMENT_APIS, systemInfo: JSON.stringify(systemInfo),
    navigator: container === 'alipay' ? { userAgent: 'AlipayClient (scopekit-node-host)' } : null };
}

const WORKER = path.join(__dirname, 'port-worker.js');
// How long node may take to start the port's process (before any code of the port runs).
const START_MS = 60000;

/** Writes a duration the way the kit's options read it (3s, 1500ms). */
const duration = (ms) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

/**
 * The port, loaded once per container in its own process (port-worker.js) under Node's permission model: it may
 * read its own package (and the packages beside it), may not write files, start processes or workers. Calls into
 * it run one at a time, each bounded by a watchdog: a call that does not finish in time (a busy loop) kills the
 * process and becomes a target error, and the port is started again for the next call. A port that ends its
 * process or spins while loading in a container is a load error of that container.
 */
class LoadedPort {
  /** Starts the port's process and loads the port in every container; resolves once each has loaded or failed. */
  static async start(spec, searchFrom, os = 'android', options = {}) {
    const port = new LoadedPort(spec, searchFrom, os, {
      callTimeoutMs: 5000,
      loadTimeoutMs: 20000,
      log: (t) => process.stderr.write(`${t}\n`),
      node: process.execPath,
      ...options,
    });
    // The port's process starts (node's own start-up, in a process of its own) while this one reads the specs: the
    // containers are built from the specs' container facts, needed only once that process says it started. A
    // caller without a catalog gets the kit's own; `catalog` may be a function that reads it.
    const first = port.spawn();
    try {
      if (typeof port.options.catalog === 'function') port.options.catalog = port.options.catalog();
      if (!port.options.catalog) port.options.catalog = loadSpecs(path.resolve(__dirname, '..', '..', '..', 'platform-specs'));
    } catch (e) {
      port.close();
      throw e;
    }
    await port.boot(Object.keys(GLOBALS), first);
    return port;
  }

  constructor(spec, searchFrom, os, options) {
    this.spec = spec;
    this.os = os;
    this.options = options;
    // A framework port bundled from its manifest (src/bundle.js) brings one entry file per container.
    this.bundle = options.bundle || null;
    this.location = this.bundle ? { entry: null, root: this.bundle.dir, pkg: null } : resolvePort(spec, searchFrom);
    this.errors = new Map(); // container → { message, stack }
    this.loaded = new Set();
    this.exports = new Map(); // container → the kit's functions the port exports there
    this.apis = new Map(); // container → [[short, specApi]] added by sessions, sent again after a restart
    this.queue = Promise.resolve();
    this.call = null; // the authorize call running
    this.nextId = 1;
    this.child = null;
    this.closed = false;
  }

  identity() {
    if (this.bundle) return this.bundle.identity;
    const pkg = this.location.pkg;
    return pkg ? `${pkg.name}@${pkg.version}` : this.location.entry;
  }

  /** Errors by container, for the target's identity: a port that throws while loading is a finding. */
  loadErrors() {
    const out = {};
    for (const c of Object.keys(GLOBALS)) if (this.errors.has(c)) out[c] = this.errors.get(c);
    return out;
  }

  /** What the port's process may read: the worker, and the port's package with the packages installed beside it. */
  readable() {
    if (this.bundle) return [WORKER, this.bundle.dir];
    const root = this.location.root;
    const parent = path.dirname(root);
    const modules = path.basename(parent).startsWith('@') ? path.dirname(parent) : parent;
    return [WORKER, path.basename(modules) === 'node_modules' ? modules : root];
  }

  spawn() {
    const execArgv = ['--experimental-permission', ...this.readable().map((p) => `--allow-fs-read=${p}`), '--no-warnings', '--max-old-space-size=512'];
    const child = childProcess.fork(WORKER, ['--port-module', this.location.entry || this.bundle.dir], { execArgv, execPath: this.options.node, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'json' });
    const forward = (stream) => {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop().slice(-4096);
        for (const l of lines) this.options.log(`scopekit-node-host: ${printable(l.startsWith('port (') ? l : `port: ${l}`)}`);
      });
    };
    forward(child.stdout);
    forward(child.stderr);
    child.on('message', (m) => this.onMessage(child, m));
    child.on('exit', (code, signal) => this.onExit(child, code, signal));
    child.on('error', () => {});
    this.child = child;
    return child;
  }

  /** Loads the port in `containers`, in one process per round; a container whose load ends the process is a load error. */
  async boot(containers, started = null) {
    if (this.bundle) {
      for (const c of containers) {
        if (!this.bundle.entries[c] && !this.errors.has(c)) {
          this.errors.set(c, { message: this.bundle.errors[c] ? `the port ${this.identity()} could not be bundled for the ${c} container: ${this.bundle.errors[c]}` : `the manifest of ${this.identity()} names no entry for the ${c} container`, stack: null });
        }
      }
    }
    let todo = containers.filter((c) => !this.errors.has(c));
    let spawned = started;
    while (todo.length > 0 && !this.closed) {
      const child = spawned || this.spawn();
      spawned = null;
      const left = await this.loadIn(child, todo);
      // the process ended or spins while loading: stop it; the next round loads the containers not yet tried
      if (left.length > 0 || this.child !== child) this.kill(child);
      todo = left;
    }
    // started ahead for a port that then had nothing to load (every container failed to bundle): not a port process
    if (spawned) {
      this.kill(spawned);
      if (this.child === spawned) this.child = null;
    }
    if (this.child) for (const [container, apis] of this.apis) this.child.send({ type: 'addApis', container, apis });
  }

  loadIn(child, todo) {
    return new Promise((resolve, reject) => {
      const left = new Set(todo);
      let current = todo[0];
      let started = false;
      let timer = null;
      const finish = (error) => {
        clearTimeout(timer);
        child.removeListener('message', onMessage);
        child.removeListener('exit', onExit);
        if (error) {
          this.kill(child);
          reject(error);
        } else {
          resolve([...left]);
        }
      };
      // Until the process says it started, nothing of the port has run: a failure then is the host's, not the port's.
      timer = setTimeout(() => finish(new Error(`the port's process did not start within ${duration(START_MS)} (Node.js 20+ with --experimental-permission is needed)`)), START_MS);
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.errors.set(current, { message: `the port ${this.identity()} did not finish loading within ${duration(this.options.loadTimeoutMs)} in the ${current} container (the host stopped its process)`, stack: null });
          left.delete(current);
          finish();
        }, this.options.loadTimeoutMs);
      };
      const onMessage = (m) => {
        if (m.type === 'started') {
          started = true;
          child.send({ type: 'init', entry: this.location.entry, containers: todo.map((c) => ({ ...containerDefinition(c, this.os, this.options.catalog), entry: this.entryOf(c), framework: Boolean(this.bundle) })) });
          arm();
        } else if (m.type === 'loaded') {
          left.delete(m.container);
          if (m.error) {
            const message = m.error.noAuthorize ? `the port ${this.identity()} ${m.error.message}` : `the port ${this.identity()} threw while loading in the ${m.container} container: ${m.error.message}`;
            this.errors.set(m.container, { message, stack: m.error.stack });
          } else {
            this.loaded.add(m.container);
            this.exports.set(m.container, new Set(m.exports || []));
          }
          current = [...left][0];
          arm();
        } else if (m.type === 'ready') {
          finish();
        }
      };
      const onExit = (code, signal) => {
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        if (!started) {
          finish(new Error(`the port's process ended before it started (${how}; Node.js 20+ with --experimental-permission is needed)`));
          return;
        }
        if (current !== undefined && left.has(current)) {
          this.errors.set(current, { message: `the port ${this.identity()} ended its process while loading in the ${current} container (${how})`, stack: null });
          left.delete(current);
        }
        finish();
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
  }

  /** The file the port loads from in a container: its own entry, or the container's bundle. */
  entryOf(container) {
    return this.bundle ? this.bundle.entries[container] : this.location.entry;
  }

  kill(child = this.child) {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  close() {
    this.closed = true;
    this.kill();
  }

  /** Adds the scoped APIs of a container's spec to its global once a session knows its profile; kept for restarts. */
  addApis(container, apis) {
    const known = this.apis.get(container) || [];
    const names = new Set(known.map(([s]) => s));
    const added = apis.filter(([s]) => !names.has(s));
    if (added.length === 0) return;
    this.apis.set(container, [...known, ...added]);
    if (this.child) this.child.send({ type: 'addApis', container, apis: added });
  }

  /** Whether the port exports the kit's function `name` in `container` (then the kit's action calls it). */
  exportsFunction(container, name) {
    const names = this.exports.get(container);
    return Boolean(names && names.has(name));
  }

  /** Runs the port's `name` in a container for a session in one form, one call at a time; resolves to what the port did. */
  run(session, container, name, args, form) {
    const turn = this.queue.then(() => this.runOne(session, container, name, args, form));
    this.queue = turn.catch(() => {});
    return turn;
  }

  async runOne(session, container, name, args, form) {
    // the port's process was stopped (a call timed out) or ended: load the port again first
    if (!this.child && !this.closed) await this.boot([...this.loaded]);
    return new Promise((resolve, reject) => {
      if (this.closed || !this.child) {
        reject(new TargetError('internal', `the port ${this.identity()} is not running (its process could not be started again)`));
        return;
      }
      const id = this.nextId++;
      const what = `${name}(${args.scope === undefined ? '' : `{scope: '${args.scope}'}`})${form === 'promise' ? ' in the Promise form' : ''}`;
      const timer = setTimeout(() => {
        const message = `the port's ${what} did not finish within ${duration(this.options.callTimeoutMs)} in the ${container} container`;
        this.options.log(`scopekit-node-host: ${message}; the host stopped its process and starts the port again`);
        this.call = null;
        const child = this.child;
        this.child = null;
        this.kill(child);
        reject(new TargetError('internal', `${message} (a busy loop?); the host stopped its process and started the port again; native calls: ${JSON.stringify(session.nativeCalls)}`));
      }, this.options.callTimeoutMs);
      this.call = { id, session, container, resolve, reject, timer, what };
      this.child.send({ type: 'run', id, container, name, args, form });
    });
  }

  onMessage(child, m) {
    const call = this.call;
    if (child !== this.child || !call || m.id !== call.id) return;
    if (m.type === 'native') {
      const answer = call.session.native(m.api, m.args, m.options, m.specApi);
      if (answer.unscripted) child.send({ type: 'unscripted', container: m.container, nativeId: m.nativeId });
      else child.send({ type: 'nativeResult', container: m.container, nativeId: m.nativeId, ok: answer.ok, res: answer.res });
    } else if (m.type === 'missing') {
      call.session.nativeCalls.push({ api: `${GLOBALS[call.container]}.${m.api}`, scope: null, args: {}, missing: true });
    } else if (m.type === 'done') {
      clearTimeout(call.timer);
      this.call = null;
      call.resolve(m.run);
    }
  }

  onExit(child, code, signal) {
    if (child !== this.child) return;
    this.child = null;
    const call = this.call;
    if (!call) return;
    clearTimeout(call.timer);
    this.call = null;
    const message = `the port's process ended during ${call.what} in the ${call.container} container (${signal ? `signal ${signal}` : `exit code ${code}`})`;
    this.options.log(`scopekit-node-host: ${message}; the host starts the port again`);
    call.reject(new TargetError('internal', `${message}; native calls: ${JSON.stringify(call.session.nativeCalls)}`));
  }
}

// The pages document these fields, not their values: the host answers a value no page gives, so that a port which
// rewrites or drops the field shows in the differential check.
const PLACEHOLDER_CODE = 99999;
// Alipay's my.getAuthCode error codes (platform-specs/alipay.yaml, container): 11 USER_CANCEL.
const ALIPAY_USER_CANCEL = 11;

/**
 * The differential check of the transparency contract: what the port delivered (its callbacks, the Promise of the
 * separate Promise-form call) against what the container answered natively. Judged only where the port made exactly
 * one native call with an answer (a port that answers from its own state, or asks twice, has no single native answer
 * to compare). Each difference names the channel, the field and both values.
 */
function differences(nativeCalls, run, promiseForm, fields = null) {
  const answered = nativeCalls.filter((c) => c.answer);
  if (answered.length !== 1) return [];
  const native = answered[0].answer;
  // The Promise form is a call of its own: its value is compared with the container's answer to that call.
  const promiseAnswered = (promiseForm.nativeCalls || []).filter((c) => c.answer);
  const promiseNative = promiseAnswered.length === 1 ? promiseAnswered[0].answer : native;
  const out = [];
  const expectedFirst = native.ok ? 'success' : 'fail';
  if (run.first !== expectedFirst) out.push({ channel: 'callback', field: '(callback)', kind: 'rewritten', native: expectedFirst, port: run.first });
  for (const [cb, n] of [['success', native.ok ? 1 : 0], ['fail', native.ok ? 0 : 1], ['complete', 1]]) {
    if (run[cb] !== n) out.push({ channel: 'callback', field: `(${cb} count)`, kind: 'rewritten', native: n, port: run[cb] });
  }
  const compare = (channel, delivered, answer) => {
    const res = answer.res || {};
    const got = delivered && typeof delivered === 'object' && !Array.isArray(delivered) ? delivered : {};
    for (const [k, v] of Object.entries(res)) {
      if (fields !== null && !fields.includes(k)) continue;
      if (!(k in got)) out.push({ channel, field: k, kind: 'dropped', native: v, port: null });
      else if (JSON.stringify(got[k]) !== JSON.stringify(v)) out.push({ channel, field: k, kind: 'rewritten', native: v, port: got[k] });
    }
  };
  if (run.first === expectedFirst) compare('callback', run.first === 'success' ? run.successRes : run.failRes, native);
  const settled = promiseNative.ok ? 'resolved' : 'rejected';
  if (promiseForm.promise !== settled) out.push({ channel: 'promise', field: '(outcome)', kind: 'rewritten', native: settled, port: promiseForm.promise });
  else compare('promise', promiseForm.value, promiseNative);
  return out;
}

/** Port output is data: control and bidi characters are written escaped, never interpreted by a terminal. */
function printable(text) {
  return String(text).slice(0, 2000).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One session of the port in one container: the port-level view (the kit's scoped API calls, getSetting, the
 * settings page, device changes) and the container's native view share one user's records and scripted answers.
 */
class PortSession {
  constructor(catalog, port, config, os) {
    if (!GLOBALS[config.container]) {
      throw new RangeError(`container '${config.container}' is not simulated (expected one of: ${Object.keys(GLOBALS).join(', ')})`);
    }
    // A session of a port matrix (uni-authorize) judges the port by the port's documented behaviour; a session of a
    // client platform in its own container (feishu-gadget in feishu, …) judges it by that container's behaviour.
    const matrix = catalog.ports.get(config.platform);
    this.portProfile = profileOf(catalog, config.platform, matrix ? config.container : null, config.appKind);
    const containerPlatform = matrix ? (matrix.containers || []).find((c) => c.id === config.container).platform : CONTAINERS[config.container].platform;
    if (!matrix && containerPlatform !== config.platform) {
      throw new RangeError(`the ${config.container} container plays ${containerPlatform}, not ${config.platform} (expected a port matrix, or the container's own platform)`);
    }
    const error = port.loadErrors()[config.container];
    if (error) throw new TargetError('internal', error.message);
    this.port = port;
    this.container = config.container;
    this.nativeProfile = profileOf(catalog, containerPlatform, null, config.appKind);
    this.shared = { store: new RecordStore(this.portProfile.behaviour('recordSync')), script: new Map() };
    this.portLevel = new ReferenceSession(this.portProfile, config, os, this.shared);
    this.nativeLevel = matrix ? new ReferenceSession(this.nativeProfile, config, os, this.shared) : this.portLevel;
    this.facts = containerFacts(catalog, config.container);
    this.judgedByContainer = !matrix;
    port.addApis(config.container, scopedApis(GLOBALS[config.container], [...this.nativeProfile.scopeOfApi.keys()]));
    this.portIdOfNative = new Map();
    for (const s of this.portProfile.scopes.values()) if (s.nativeName) this.portIdOfNative.set(s.nativeName, s.id);
    this.nativeCalls = [];
    this.prompts = [];
    this.authCodes = 0;
  }

  scriptAnswer(kind, answer) {
    this.portLevel.scriptAnswer(kind, answer);
  }

  seed(scope, state) {
    return this.portLevel.seed(scope, state);
  }

  records() {
    return this.portLevel.records();
  }

  /**
   * Returns a promise of an observation; rejects with a TargetError. authorize always runs the port's authorize;
   * get-setting, open-setting and call-api run the port's getSetting / openSetting / scoped API when the port
   * exports it, else the host answers as before (the port-level behaviour over the container's records). The
   * observation's portRun.path says which: 'port' or 'host'.
   */
  async perform(action) {
    this.refuseDocumentedUnsupported(action);
    // Judged by Alipay's own platform, asking ahead is my.getAuthCode({scopes}) (alipay.yaml: Alipay documents no
    // my.authorize): the port's getAuthCode runs for it.
    if (action.type === 'authorize' && this.judgedByContainer && this.container === 'alipay') {
      if (!this.port.exportsFunction(this.container, 'getAuthCode')) {
        throw new TargetError('unsupported-action', `${this.port.identity()} has no getAuthCode in the alipay container; native calls: []`);
      }
      return this.throughPort('getAuthCode', action.scope === undefined || action.scope === null ? {} : { scopes: action.scope });
    }
    const name = action.type === 'authorize' ? 'authorize' : action.type === 'get-setting' ? 'getSetting'
      : action.type === 'open-setting' ? 'openSetting' : action.type === 'call-api' ? String(action.api || '') : null;
    if (name === 'authorize' && !this.port.exportsFunction(this.container, 'authorize')) {
      throw new TargetError('unsupported-action', `${this.port.identity()} has no authorize in the ${this.container} container (the container's spec gives ${GLOBALS[this.container]} no authorize, or the port does not export one); native calls: []`);
    }
    if (name !== null && (name === 'authorize' || this.port.exportsFunction(this.container, name))) {
      const args = name === 'authorize' && action.scope !== undefined && action.scope !== null ? { scope: action.scope } : {};
      return this.throughPort(name, args);
    }
    const o = this.portLevel.perform(action);
    this.nativeLevel.device = this.portLevel.device;
    this.nativeLevel.clientVersion = this.portLevel.clientVersion;
    if (name !== null) o.portRun = { path: 'host', nativeCalls: [], callbacks: { success: 0, fail: 0, complete: 0 }, promise: 'none', promiseForm: null, threw: null, differences: [] };
    return o;
  }

  /**
   * The API a kit action calls in this container: authorize (getAuthCode when Alipay's own platform asks ahead),
   * getSetting, openSetting or the scoped API's bare name; null for actions that call no port API.
   */
  apiOf(action) {
    if (action.type === 'authorize') return this.judgedByContainer && this.container === 'alipay' ? 'getAuthCode' : 'authorize';
    if (action.type === 'get-setting') return 'getSetting';
    if (action.type === 'open-setting') return 'openSetting';
    if (action.type === 'call-api') return String(action.api || '').split('.').pop();
    return null;
  }

  /**
   * A framework's profile lists the APIs its own documentation says it does not support on a platform: such a call
   * is answered unsupported (never judged, so never passed and never a failure) and recorded with its source for
   * the certificate. The answer's message starts with "documented unsupported:", which certify-port reads.
   */
  refuseDocumentedUnsupported(action) {
    const profile = this.port.bundle && this.port.bundle.profile;
    const api = this.apiOf(action);
    if (!profile || !Array.isArray(profile.unsupported) || api === null) return;
    const entry = profile.unsupported.find((u) => u.api === api && (u.containers || []).includes(this.container));
    if (!entry) return;
    const src = entry.source || {};
    const seen = this.port.documentedUnsupported || (this.port.documentedUnsupported = []);
    if (!seen.some((u) => u.container === this.container && u.api === api)) {
      seen.push({ container: this.container, platform: this.portProfile.platform, api, basis: entry.basis || null, source: src });
    }
    throw new TargetError('unsupported-action', `documented unsupported: ${this.port.identity()} does not support ${api} in the ${this.container} container (${entry.basis || 'documented'}; ${src.url || 'no address'} §${src.section || '?'}: ${src.usedFor || ''}); native calls: []`);
  }

  /** The user's world (records and scripted answers), to run the Promise form of a call from where the callback form started. */
  snapshot() {
    const st = this.shared.store;
    return {
      server: new Map(st.server),
      local: new Map([...st.local].map(([k, v]) => [k, new Map(v)])),
      installation: new Map(st.installation),
      script: new Map([...this.shared.script].map(([k, v]) => [k, [...v]])),
    };
  }

  restore(snap) {
    const st = this.shared.store;
    const refill = (target, source) => { target.clear(); for (const [k, v] of source) target.set(k, v instanceof Map ? new Map(v) : Array.isArray(v) ? [...v] : v); };
    refill(st.server, snap.server);
    refill(st.local, snap.local);
    refill(st.installation, snap.installation);
    refill(this.shared.script, snap.script);
  }

  /** One call of the port's `name` in one form: what the port did, its native calls and the prompts they showed. */
  async runForm(name, args, form) {
    this.nativeCalls = [];
    this.prompts = [];
    this.unscripted = null;
    this.lastNative = null;
    const run = await this.port.run(this, this.container, name, args, form);
    if (this.unscripted) throw this.unscripted;
    return { run, nativeCalls: this.nativeCalls, prompts: this.prompts, nativeObservation: this.lastNative };
  }

  /**
   * Seed 002 §示例 shows the callback form and the Promise form as two separate calls: the callback form decides the
   * observation; the Promise form runs afterwards from the same user's world (records and scripted answers as they
   * were before the callback form), and the world is then put back as the callback form left it.
   */
  async throughPort(name, args) {
    const before = this.snapshot();
    const { run, nativeCalls, prompts, nativeObservation } = await this.runForm(name, args, 'callback');
    const after = this.snapshot();
    let promiseForm;
    this.restore(before);
    try {
      const p = await this.runForm(name, args, 'promise');
      promiseForm = { promise: p.run.promise, value: p.run.promiseValue, threw: p.run.threw, nativeCalls: p.nativeCalls };
      const profile = this.port.bundle && this.port.bundle.profile;
      if (profile && profile.promise && profile.promise.convention === 'err-res-tuple' && p.run.promise === 'resolved'
        && Array.isArray(p.run.promiseValue) && p.run.promiseValue.length >= 1 && p.run.promiseValue.length <= 2) {
        // the framework's documented convention (its profile): [err, res] is a rejection with err or a resolution with res
        const [err, value] = p.run.promiseValue;
        promiseForm = { ...promiseForm, promise: err ? 'rejected' : 'resolved', value: err || value, raw: p.run.promiseValue, convention: 'err-res-tuple' };
      }
    } catch (e) {
      if (!(e instanceof TargetError)) throw e;
      promiseForm = { promise: 'error', value: null, threw: e.message, nativeCalls: this.nativeCalls };
    } finally {
      this.restore(after);
      this.nativeCalls = nativeCalls;
      this.prompts = prompts;
    }
    const shown = `${name}(${args.scope === undefined ? '' : `{scope: '${args.scope}'}`})`;
    if (run.first === null) {
      throw new TargetError('internal', `the port ran neither success nor fail for ${shown}${run.threw ? `; it threw: ${run.threw}` : ''}; native calls: ${JSON.stringify(nativeCalls)}`);
    }
    const res = run.first === 'success' ? run.successRes : run.failRes;
    const response = {};
    let errMsg = null;
    let authSetting = null;
    if (res && typeof res === 'object' && !Array.isArray(res)) {
      for (const [k, v] of Object.entries(res)) {
        if (k === 'errMsg') errMsg = typeof v === 'string' ? v : null;
        else if (k === 'authSetting' && name !== 'authorize' && v && typeof v === 'object') authSetting = v;
        else response[k] = v;
      }
    }
    let o;
    if (this.judgedByContainer && nativeObservation) {
      // Judged by the container's own platform: the observation is the container's, as the port let it through —
      // the callback that ran, the errMsg and fields it delivered (a field it dropped is missing), its authSetting.
      const delivered = res && typeof res === 'object' && !Array.isArray(res) ? res : {};
      const kept = {};
      for (const [k, v] of Object.entries(nativeObservation.response || {})) if (k in delivered) kept[k] = delivered[k];
      o = observation(run.first, { errMsg: run.first === 'fail' ? errMsg : null, errno: 'errNo' in delivered || nativeObservation.errno === null ? nativeObservation.errno : null,
        prompts, response: kept, authSetting: authSetting || nativeObservation.authSetting, settingsList: nativeObservation.settingsList });
    } else {
      o = observation(run.first, { errMsg: run.first === 'fail' ? errMsg : null, prompts, response, authSetting });
    }
    o.portRun = {
      path: 'port',
      nativeCalls,
      callbacks: { success: run.success, fail: run.fail, complete: run.complete },
      promise: run.promise,
      promiseForm: promiseForm.promise,
      promiseFormEvidence: promiseForm,
      threw: run.threw,
      // A port matrix promises only its own response fields (seed 002 返回：<Response>（不通用）: only the Alipay
      // container returns authCode / authErrorScopes / authSuccessScopes); the rest of a native result is not part
      // of what such a port passes through. Judged by the container's own platform, every field is.
      differences: differences(nativeCalls, run, promiseForm, this.judgedByContainer ? null : this.portProfile.responseFields),
    };
    if (o.portRun.differences.length > 0) {
      // kept for certify-port, once per distinct difference, with the call and the native calls as evidence
      const seen = this.port.differences || (this.port.differences = []);
      for (const d of o.portRun.differences) {
        const key = JSON.stringify([this.container, name, d.channel, d.field, d.kind, d.native, d.port]);
        // bounded per container, so that one container's many differences cannot hide another's
        if (seen.filter((x) => x.container === this.container).length < 500 && !seen.some((x) => x.key === key)) {
          seen.push({ key, container: this.container, platform: this.portProfile.platform, call: shown, ...d,
            nativeCalls: nativeCalls.map((c) => ({ api: c.api, args: c.args, answer: c.answer })) });
        }
      }
    }
    return o;
  }

  /**
   * A native API of the container, called by the port (in its process): records the call and runs the container's
   * behaviour; the port's process calls the port back with the result. Returns {ok, res}, or {unscripted: true} when
   * the call needs a user answer nobody scripted (the action then ends in an unscripted-prompt error).
   */
  native(api, args, options, specApi) {
    const call = nativeCall(`${GLOBALS[this.container]}.${api}`, args);
    this.nativeCalls.push(call);
    try {
      const answer = this.shape(api, this.nativeResult(api, options || {}, specApi), options || {});
      // The container's own answer, kept as evidence and for the differential check (differences()).
      call.answer = answer;
      return answer;
    } catch (e) {
      if (e instanceof TargetError && e.kind === 'unscripted-prompt') {
        this.unscripted = new TargetError('unscripted-prompt', `${e.message}; native calls: ${JSON.stringify(this.nativeCalls)}`);
        return { unscripted: true };
      }
      if (e instanceof RangeError) {
        call.answer = this.shape(api, { ok: false, res: { errMsg: `${api}:fail ${e.message}` } }, options || {});
        return call.answer;
      }
      throw e;
    }
  }

  /**
   * Gives a native answer the result shape the container's spec documents (`container.apis[].success / failure`):
   * only the listed fields, each with the spec's value where it gives one (errMsg "authorize:ok"), the host's own
   * value where it has one (authSetting, authCode), ByteDance's `data` as {scope: "ok"} (its tt.authorize page), and
   * PLACEHOLDER_CODE for a code field whose values no page gives (errNo, errCode). An API the spec lists no fields
   * for keeps the host's errMsg convention. Alipay answers carry no errMsg; its failures carry error / errorMessage,
   * the failure shape of my.getAuthCode, the only one the Alipay spec documents (error 11, USER_CANCEL).
   */
  shape(api, answer, options) {
    const globalName = GLOBALS[this.container];
    const entry = this.facts && Array.isArray(this.facts.apis) ? this.facts.apis.find((a) => a.name === `${globalName}.${api}`) : null;
    const listed = entry ? (answer.ok ? entry.success : entry.failure) : null;
    const hostRes = answer.res || {};
    const text = typeof hostRes.errMsg === 'string' ? hostRes.errMsg : '';
    const valueOf = (f) => {
      if (f.field === 'errMsg') return f.value !== undefined && !text.startsWith(String(f.value)) ? f.value : text || f.value;
      if (hostRes[f.field] !== undefined) return hostRes[f.field];
      // a spec value is text (the schema's type); a code field documented as a number (Alipay's error, Int) is one
      if (f.value !== undefined) return /^-?\d+$/.test(String(f.value)) ? Number(f.value) : f.value;
      if (f.field === 'data') return options.scope === undefined ? {} : { [String(options.scope)]: 'ok' };
      if (f.field === 'error') return ALIPAY_USER_CANCEL;
      if (f.field === 'errorMessage') return text.replace(/^[^:]*:fail ?/, '') || 'fail';
      return PLACEHOLDER_CODE;
    };
    let res;
    if (Array.isArray(listed) && listed.length > 0) {
      res = {};
      for (const f of listed) res[f.field] = valueOf(f);
    } else if (this.container === 'alipay') {
      res = { ...hostRes };
      delete res.errMsg;
      if (!answer.ok) Object.assign(res, { error: ALIPAY_USER_CANCEL, errorMessage: valueOf({ field: 'errorMessage' }) });
    } else {
      res = hostRes;
    }
    return { ...answer, res };
  }

  nativeResult(api, options, specApi) {
    const toResult = (o, extra = {}) => {
      this.lastNative = o;
      for (const p of o.prompts) this.prompts.push({ kind: p.kind, scope: this.portIdOfNative.get(p.scope) || p.scope });
      const ok = o.outcome !== 'fail';
      return { ok, res: { errMsg: ok ? `${api}:ok` : o.errMsg, ...o.response, ...extra, ...(o.authSetting ? { authSetting: o.authSetting } : {}) } };
    };
    switch (api) {
      case 'authorize': {
        const scope = this.nativeProfile.scope(String(options.scope));
        return toResult(this.nativeLevel.request('authorize', scope, false, true));
      }
      case 'getSetting':
        return toResult(this.nativeLevel.getSetting());
      case 'openSetting':
        return toResult(this.nativeLevel.openSetting());
      case 'getAuthCode': {
        // Alipay my.getAuthCode({scopes}): scopes is a string or an array; auth_base is the default.
        const scopes = options.scopes === undefined ? ['auth_base'] : [].concat(options.scopes);
        const success = [];
        const errors = {};
        for (const s of scopes) {
          const o = toResult(this.nativeLevel.request('getAuthCode', this.nativeProfile.scope(String(s)), false, true));
          if (o.ok) success.push(s);
          else errors[s] = 'denied';
        }
        const ok = Object.keys(errors).length === 0;
        const fields = { authCode: ok ? `node-host-auth-code-${++this.authCodes}` : '', authSuccessScopes: success,
          authErrorScopes: errors };
        // The container's own answer is the one my.getAuthCode gives for all its scopes, with its fields: a port
        // judged by Alipay's platform is compared with these, not with the last per-scope request's (which has none).
        if (this.lastNative) this.lastNative = { ...this.lastNative, response: fields };
        return { ok, res: { errMsg: ok ? 'getAuthCode:ok' : `getAuthCode:fail user denied ${Object.keys(errors).join(',')}`,
          ...fields } };
      }
      case 'showAuthGuide':
        // The kit's sources describe no consent behaviour of my.showAuthGuide (a guide to the system settings):
        // the container shows no consent prompt, records nothing and calls success (docs/node-host.md).
        return { ok: true, res: { errMsg: 'showAuthGuide:ok', shown: false } };
      default: {
        const scope = this.nativeProfile.apiScope(specApi || api);
        return toResult(this.nativeLevel.request(api, scope, false, false));
      }
    }
  }

  close() {}
}

module.exports = { LoadedPort, PortSession, resolvePort, containerDefinition, differences, GLOBALS, CONTAINERS };
