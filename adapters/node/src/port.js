'use strict';
// Hosts a JavaScript port of @uni/authorize inside simulated mini-program containers. Each container is a global
// (alipay→my, wechat→wx, bytedance→tt, baidu→swan, kuaishou→ks) set before the port loads; its native consent
// behaviour is the reference behaviour of the container's client-platform spec, the user's answers are scripted by
// the kit, and every call the port makes into the global is recorded with its arguments.

const fs = require('node:fs');
const path = require('node:path');
const { profileOf } = require('./specs');
const { ReferenceSession, RecordStore, TargetError, observation } = require('./session');

const GLOBALS = { alipay: 'my', wechat: 'wx', bytedance: 'tt', baidu: 'swan', kuaishou: 'ks' };
// What the ports' environment checks look for (e.g. @uni/apis base/env: my.alert, tt.showToast, wx.request).
const ENVIRONMENT_APIS = ['alert', 'showToast', 'request', 'login'];
const SETTLE_TURNS = 10;
// How long a port may take to call back after its native call answered (native callbacks run on the next turn).
const SETTLE_MS = 1000;

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

function describeArgs(value, depth = 0) {
  if (typeof value === 'function') return '[function]';
  if (value === null || typeof value !== 'object' || depth > 4) return value === undefined ? null : value;
  if (Array.isArray(value)) return value.map((v) => describeArgs(v, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = describeArgs(v, depth + 1);
  return out;
}

/** One recorded call: the API, the scope it names in the container's words (scope / scopes / authType), its argument. */
function nativeCall(api, arg) {
  const args = describeArgs(arg);
  const o = args !== null && typeof args === 'object' && !Array.isArray(args) ? args : { arguments: args };
  const named = o.scope !== undefined ? o.scope : o.scopes !== undefined ? o.scopes : o.authType;
  return { api, scope: named === undefined || named === null ? null : [].concat(named).join(','), args: o };
}

/** The port loaded once per container (its environment checks run at load time), or the error it threw. */
class LoadedPort {
  constructor(spec, searchFrom, os = 'android') {
    this.spec = spec;
    this.os = os;
    this.location = resolvePort(spec, searchFrom);
    this.byContainer = new Map();
    this.current = null;
    for (const container of Object.keys(GLOBALS)) this.byContainer.set(container, this.load(container));
  }

  identity() {
    const pkg = this.location.pkg;
    return pkg ? `${pkg.name}@${pkg.version}` : this.location.entry;
  }

  load(container) {
    for (const key of Object.keys(require.cache)) if (key.startsWith(this.location.root + path.sep)) delete require.cache[key];
    const recorder = new ContainerGlobal(container, this);
    this.installGlobals(container, recorder.api);
    try {
      const mod = require(this.location.entry);
      const authorize = pickAuthorize(mod);
      if (!authorize) {
        return { error: { message: `the port ${this.identity()} exports no authorize function (looked at exports.authorize, exports.default.authorize, exports.default)`, stack: null } };
      }
      return { authorize, recorder };
    } catch (e) {
      return { error: { message: `the port ${this.identity()} threw while loading in the ${container} container: ${e && e.message}`, stack: e && e.stack ? String(e.stack) : String(e) } };
    }
  }

  installGlobals(container, api) {
    for (const [c, name] of Object.entries(GLOBALS)) {
      if (c === container) globalThis[name] = api;
      else delete globalThis[name];
    }
  }

  /** Errors by container, for the target's identity: a port that throws while loading is a finding. */
  loadErrors() {
    const out = {};
    for (const [c, l] of this.byContainer) if (l.error) out[c] = l.error;
    return out;
  }
}

function pickAuthorize(mod) {
  if (!mod) return null;
  if (typeof mod.authorize === 'function') return mod.authorize;
  if (mod.default && typeof mod.default.authorize === 'function') return mod.default.authorize;
  if (typeof mod.default === 'function') return mod.default;
  if (typeof mod === 'function') return mod;
  return null;
}

/**
 * The container global (my / wx / tt / swan / ks): records each call and hands it to the session currently
 * running an action in this container. Unknown properties read as undefined, and the read is recorded.
 */
class ContainerGlobal {
  constructor(container, port) {
    this.container = container;
    this.name = GLOBALS[container];
    this.session = null;
    const functions = {};
    const native = (api) => (...args) => {
      const session = this.session;
      if (session) session.nativeCalls.push(nativeCall(`${this.name}.${api}`, args.length === 1 ? args[0] : args));
      if (!session) return undefined;
      return session.native(api, args[0] || {});
    };
    for (const api of ['authorize', 'getSetting', 'openSetting']) functions[api] = native(api);
    if (container === 'alipay') {
      functions.getAuthCode = native('getAuthCode');
      functions.showAuthGuide = native('showAuthGuide');
    }
    for (const api of ENVIRONMENT_APIS) functions[api] = () => undefined;
    // Every container has getSystemInfoSync; whole-API bundles such as @uni/apis call it while loading.
    functions.getSystemInfoSync = () => ({ platform: port.os === 'ios' ? 'iOS' : 'Android', windowWidth: 375, windowHeight: 667, pixelRatio: 2, screenWidth: 375, screenHeight: 667 });
    functions.getSystemInfo = (o = {}) => { const r = functions.getSystemInfoSync(); setImmediate(() => { if (o.success) o.success(r); if (o.complete) o.complete(r); }); };
    this.functions = functions;
    this.api = new Proxy(functions, {
      get: (target, prop) => {
        if (typeof prop !== 'string') return target[prop];
        if (prop in target) return target[prop];
        if (this.session && prop !== 'then') this.session.nativeCalls.push({ api: `${this.name}.${prop}`, scope: null, args: {}, missing: true });
        return undefined;
      },
    });
  }

  /** Adds the scoped APIs of the container's spec (wx.getLocation, …) once the container's profile is known. */
  addScopedApis(apis) {
    for (const api of apis) {
      const short = api.startsWith(`${this.name}.`) ? api.slice(this.name.length + 1) : api;
      if (!(short in this.functions) && /^[A-Za-z_$][\w$]*$/.test(short)) {
        this.functions[short] = (...args) => {
          const session = this.session;
          if (session) session.nativeCalls.push(nativeCall(`${this.name}.${short}`, args[0]));
          return session ? session.native(short, args[0] || {}, api) : undefined;
        };
      }
    }
  }
}

/**
 * One session of the port in one container: the port-level view (the kit's scoped API calls, getSetting, the
 * settings page, device changes) and the container's native view share one user's records and scripted answers.
 */
class PortSession {
  constructor(catalog, port, config, os) {
    const loaded = port.byContainer.get(config.container);
    if (!loaded) {
      throw new RangeError(`container '${config.container}' is not simulated (expected one of: ${Object.keys(GLOBALS).join(', ')})`);
    }
    if (loaded.error) throw new TargetError('internal', loaded.error.message);
    this.port = port;
    this.loaded = loaded;
    this.container = config.container;
    this.portProfile = profileOf(catalog, config.platform, config.container, config.appKind);
    const containerPlatform = (catalog.ports.get(config.platform).containers || []).find((c) => c.id === config.container).platform;
    this.nativeProfile = profileOf(catalog, containerPlatform, null, config.appKind);
    const shared = { store: new RecordStore(this.portProfile.behaviour('recordSync')), script: new Map() };
    this.portLevel = new ReferenceSession(this.portProfile, config, os, shared);
    this.nativeLevel = new ReferenceSession(this.nativeProfile, config, os, shared);
    loaded.recorder.addScopedApis([...this.nativeProfile.scopeOfApi.keys()]);
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
    const run = { success: 0, fail: 0, complete: 0, first: null, successRes: undefined, failRes: undefined };
    this.nativeCalls = [];
    this.prompts = [];
    this.unscripted = null;
    const options = {
      success: (res) => { run.success++; run.first = run.first || 'success'; run.successRes = res; },
      fail: (res) => { run.fail++; run.first = run.first || 'fail'; run.failRes = res; },
      complete: () => { run.complete++; },
    };
    if (scope !== null) options.scope = scope;
    let promise = 'none';
    let threw = null;
    this.loaded.recorder.session = this;
    this.port.installGlobals(this.container, this.loaded.recorder.api);
    try {
      const returned = this.loaded.authorize(options);
      if (returned && typeof returned.then === 'function') {
        promise = 'pending';
        returned.then(() => { promise = 'resolved'; }, () => { promise = 'rejected'; });
      }
    } catch (e) {
      threw = e && e.stack ? String(e.stack).split('\n').slice(0, 3).join(' | ') : String(e);
    }
    // Wait until the call has ended (a callback, complete, the Promise settled) or a bound passes, then a few more
    // turns so that a second callback, if the port runs one, is counted too.
    const deadline = Date.now() + SETTLE_MS;
    const ended = () => run.first !== null && run.complete > 0 && promise !== 'pending';
    while (!ended() && !this.unscripted && Date.now() < deadline) await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < SETTLE_TURNS; i++) await new Promise((r) => setImmediate(r));
    this.loaded.recorder.session = null;
    if (this.unscripted) throw this.unscripted;
    const portRun = { nativeCalls: this.nativeCalls, callbacks: { success: run.success, fail: run.fail, complete: run.complete }, promise, threw };
    if (run.first === null) {
      throw new TargetError('internal', `the port ran neither success nor fail for authorize(${scope === null ? '' : `{scope: '${scope}'}`})${threw ? `; it threw: ${threw}` : ''}; native calls: ${JSON.stringify(this.nativeCalls)}`);
    }
    const res = run.first === 'success' ? run.successRes : run.failRes;
    const response = {};
    let errMsg = null;
    if (res && typeof res === 'object') {
      for (const [k, v] of Object.entries(res)) {
        if (k === 'errMsg') errMsg = typeof v === 'string' ? v : null;
        else response[k] = v;
      }
    }
    const o = observation(run.first, { errMsg: run.first === 'fail' ? errMsg : null, prompts: this.prompts, response });
    o.portRun = portRun;
    return o;
  }

  /** A native API of the container, called by the port: runs the container's behaviour and calls back later. */
  native(api, options, specApi) {
    let result;
    try {
      result = this.nativeResult(api, options, specApi);
    } catch (e) {
      if (e instanceof TargetError && e.kind === 'unscripted-prompt') {
        this.unscripted = new TargetError('unscripted-prompt', `${e.message}; native calls: ${JSON.stringify(this.nativeCalls)}`);
        return undefined;
      }
      if (e instanceof RangeError) result = { ok: false, res: { errMsg: `${api}:fail ${e.message}` } };
      else throw e;
    }
    setImmediate(() => {
      const callback = result.ok ? options.success : options.fail;
      if (typeof callback === 'function') callback(result.res);
      if (typeof options.complete === 'function') options.complete(result.res);
    });
    return undefined;
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

module.exports = { LoadedPort, PortSession, resolvePort, GLOBALS };
