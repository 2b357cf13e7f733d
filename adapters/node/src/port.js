'use strict';
// Hosts a JavaScript port of @uni/authorize inside simulated mini-program containers. Each container is a global
// (alipay→my, wechat→wx, bytedance→tt, baidu→swan, kuaishou→ks) set before the port loads; its native consent
// behaviour is the reference behaviour of the container's client-platform spec, the user's answers are scripted by
// the kit, and every call the port makes into the global is recorded with its arguments. The port itself runs in
// its own process (port-worker.js), never in this one: this file plays the containers and drives that process.

const fs = require('node:fs');
const path = require('node:path');
const childProcess = require('node:child_process');
const { profileOf } = require('./specs');
const { ReferenceSession, RecordStore, TargetError, observation } = require('./session');

const GLOBALS = { alipay: 'my', wechat: 'wx', bytedance: 'tt', baidu: 'swan', kuaishou: 'ks' };
// What the ports' environment checks look for (e.g. @uni/apis base/env: my.alert, tt.showToast, wx.request).
const ENVIRONMENT_APIS = ['alert', 'showToast', 'request', 'login'];

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
 * inside the port's sandbox. `native` APIs are answered by this host (PortSession.native), `noop` ones return
 * undefined, getSystemInfoSync / getSystemInfo answer `systemInfo`.
 */
function containerDefinition(container, os) {
  const native = ['authorize', 'getSetting', 'openSetting'];
  if (container === 'alipay') native.push('getAuthCode', 'showAuthGuide');
  // Every container has getSystemInfoSync; whole-API bundles such as @uni/apis call it while loading.
  const systemInfo = { platform: os === 'ios' ? 'iOS' : 'Android', windowWidth: 375, windowHeight: 667, pixelRatio: 2, screenWidth: 375, screenHeight: 667 };
  return { container, name: GLOBALS[container], native, noop: ENVIRONMENT_APIS, systemInfo: JSON.stringify(systemInfo) };
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
    await port.boot(Object.keys(GLOBALS));
    return port;
  }

  constructor(spec, searchFrom, os, options) {
    this.spec = spec;
    this.os = os;
    this.options = options;
    this.location = resolvePort(spec, searchFrom);
    this.errors = new Map(); // container → { message, stack }
    this.loaded = new Set();
    this.apis = new Map(); // container → [[short, specApi]] added by sessions, sent again after a restart
    this.queue = Promise.resolve();
    this.call = null; // the authorize call running
    this.nextId = 1;
    this.child = null;
    this.closed = false;
  }

  identity() {
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
    const root = this.location.root;
    const parent = path.dirname(root);
    const modules = path.basename(parent).startsWith('@') ? path.dirname(parent) : parent;
    return [WORKER, path.basename(modules) === 'node_modules' ? modules : root];
  }

  spawn() {
    const execArgv = ['--experimental-permission', ...this.readable().map((p) => `--allow-fs-read=${p}`), '--no-warnings', '--max-old-space-size=512'];
    const child = childProcess.fork(WORKER, ['--port-module', this.location.entry], { execArgv, execPath: this.options.node, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'json' });
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
  async boot(containers) {
    let todo = containers.filter((c) => !this.errors.has(c));
    while (todo.length > 0 && !this.closed) {
      const child = this.spawn();
      const left = await this.loadIn(child, todo);
      // the process ended or spins while loading: stop it; the next round loads the containers not yet tried
      if (left.length > 0 || this.child !== child) this.kill(child);
      todo = left;
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
          child.send({ type: 'init', entry: this.location.entry, containers: todo.map((c) => containerDefinition(c, this.os)) });
          arm();
        } else if (m.type === 'loaded') {
          left.delete(m.container);
          if (m.error) {
            const message = m.error.noAuthorize ? `the port ${this.identity()} ${m.error.message}` : `the port ${this.identity()} threw while loading in the ${m.container} container: ${m.error.message}`;
            this.errors.set(m.container, { message, stack: m.error.stack });
          } else {
            this.loaded.add(m.container);
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

  /** Runs the port's authorize in a container for a session, one call at a time; resolves to what the port did. */
  authorize(session, container, scope) {
    const turn = this.queue.then(() => this.runOne(session, container, scope));
    this.queue = turn.catch(() => {});
    return turn;
  }

  async runOne(session, container, scope) {
    // the port's process was stopped (a call timed out) or ended: load the port again first
    if (!this.child && !this.closed) await this.boot([...this.loaded]);
    return new Promise((resolve, reject) => {
      if (this.closed || !this.child) {
        reject(new TargetError('internal', `the port ${this.identity()} is not running (its process could not be started again)`));
        return;
      }
      const id = this.nextId++;
      const what = `authorize(${scope === null ? '' : `{scope: '${scope}'}`})`;
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
      this.child.send({ type: 'authorize', id, container, scope });
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
    const error = port.loadErrors()[config.container];
    if (error) throw new TargetError('internal', error.message);
    this.port = port;
    this.container = config.container;
    this.portProfile = profileOf(catalog, config.platform, config.container, config.appKind);
    const containerPlatform = (catalog.ports.get(config.platform).containers || []).find((c) => c.id === config.container).platform;
    this.nativeProfile = profileOf(catalog, containerPlatform, null, config.appKind);
    const shared = { store: new RecordStore(this.portProfile.behaviour('recordSync')), script: new Map() };
    this.portLevel = new ReferenceSession(this.portProfile, config, os, shared);
    this.nativeLevel = new ReferenceSession(this.nativeProfile, config, os, shared);
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

  /** Returns a promise of an observation; rejects with a TargetError. */
  async perform(action) {
    if (action.type !== 'authorize') {
      const o = this.portLevel.perform(action);
      this.nativeLevel.device = this.portLevel.device;
      this.nativeLevel.clientVersion = this.portLevel.clientVersion;
      return o;
    }
    return this.authorizeThroughPort(action.scope === undefined ? null : action.scope);
  }

  async authorizeThroughPort(scope) {
    this.nativeCalls = [];
    this.prompts = [];
    this.unscripted = null;
    const run = await this.port.authorize(this, this.container, scope);
    if (this.unscripted) throw this.unscripted;
    const portRun = { nativeCalls: this.nativeCalls, callbacks: { success: run.success, fail: run.fail, complete: run.complete }, promise: run.promise, threw: run.threw };
    if (run.first === null) {
      throw new TargetError('internal', `the port ran neither success nor fail for authorize(${scope === null ? '' : `{scope: '${scope}'}`})${run.threw ? `; it threw: ${run.threw}` : ''}; native calls: ${JSON.stringify(this.nativeCalls)}`);
    }
    const res = run.first === 'success' ? run.successRes : run.failRes;
    const response = {};
    let errMsg = null;
    if (res && typeof res === 'object' && !Array.isArray(res)) {
      for (const [k, v] of Object.entries(res)) {
        if (k === 'errMsg') errMsg = typeof v === 'string' ? v : null;
        else response[k] = v;
      }
    }
    const o = observation(run.first, { errMsg: run.first === 'fail' ? errMsg : null, prompts: this.prompts, response });
    o.portRun = portRun;
    return o;
  }

  /**
   * A native API of the container, called by the port (in its process): records the call and runs the container's
   * behaviour; the port's process calls the port back with the result. Returns {ok, res}, or {unscripted: true} when
   * the call needs a user answer nobody scripted (the action then ends in an unscripted-prompt error).
   */
  native(api, args, options, specApi) {
    this.nativeCalls.push(nativeCall(`${GLOBALS[this.container]}.${api}`, args));
    try {
      return this.nativeResult(api, options || {}, specApi);
    } catch (e) {
      if (e instanceof TargetError && e.kind === 'unscripted-prompt') {
        this.unscripted = new TargetError('unscripted-prompt', `${e.message}; native calls: ${JSON.stringify(this.nativeCalls)}`);
        return { unscripted: true };
      }
      if (e instanceof RangeError) return { ok: false, res: { errMsg: `${api}:fail ${e.message}` } };
      throw e;
    }
  }

  nativeResult(api, options, specApi) {
    const toResult = (o, extra = {}) => {
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
        return { ok, res: { errMsg: ok ? 'getAuthCode:ok' : `getAuthCode:fail user denied ${Object.keys(errors).join(',')}`,
          authCode: ok ? `node-host-auth-code-${++this.authCodes}` : '', authSuccessScopes: success, authErrorScopes: errors } };
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

module.exports = { LoadedPort, PortSession, resolvePort, containerDefinition, GLOBALS };
