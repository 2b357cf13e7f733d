'use strict';
// The reference behaviour of one session: a port of io.scopekit.target.reference.ReferenceSession and RecordStore
// (docs/reference-runtime.md lists what it does and its defaults where the specs are silent). Results are plain
// protocol values: an observation, or a target error {kind, message}.

const { version, isAtLeast, recordKey, needsAuthorization } = require('./specs');

const GRANTED = 'granted';
const DENIED = 'denied';
const NEVER_ASKED = 'never-asked';

class TargetError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }

  toWire() {
    return { kind: this.kind, message: this.message };
  }
}

/** One user's records for one app: a server copy and one local copy per device installation (RecordStore.java). */
class RecordStore {
  constructor(recordSync) {
    if (recordSync.value === 'server-synced') {
      this.mode = 'server-since';
      this.since = recordSync.since === undefined || recordSync.since === null ? null : version(String(recordSync.since));
    } else if (recordSync.value === 'device-local') {
      this.mode = 'device-local';
      this.since = null;
    } else {
      this.mode = 'backend';
      this.since = null;
    }
    this.server = new Map();
    this.local = new Map();
    this.installation = new Map();
  }

  view(device, v) {
    return this.serverInForce(v) ? this.server : this.localCopy(device);
  }

  put(device, v, scope, state) {
    if (this.serverInForce(v)) write(this.server, scope, state);
    if (this.mode !== 'backend') write(this.localCopy(device), scope, state);
  }

  clearAll() {
    this.server.clear();
    this.local.clear();
  }

  reinstall(device) {
    this.installation.set(device, (this.installation.get(device) || 0) + 1);
  }

  upgrade(device, from, to) {
    if (this.mode === 'server-since' && !this.serverInForce(from) && this.serverInForce(to)) {
      for (const [k, s] of this.localCopy(device)) if (!this.server.has(k)) this.server.set(k, s);
    }
  }

  serverInForce(v) {
    if (this.mode === 'backend') return true;
    if (this.mode === 'device-local') return false;
    return v === null || this.since === null || isAtLeast(v, this.since);
  }

  localCopy(device) {
    const key = `${device}#${this.installation.get(device) || 0}`;
    if (!this.local.has(key)) this.local.set(key, new Map());
    return this.local.get(key);
  }
}

function write(records, scope, state) {
  if (state === NEVER_ASKED) records.delete(scope);
  else records.set(scope, state);
}

function observation(outcome, fields = {}) {
  return {
    outcome,
    errMsg: fields.errMsg === undefined ? null : fields.errMsg,
    errno: fields.errno === undefined ? null : fields.errno,
    prompts: fields.prompts || [],
    authSetting: fields.authSetting === undefined ? null : fields.authSetting,
    settingsList: fields.settingsList === undefined ? null : fields.settingsList,
    response: fields.response || {},
  };
}

const done = () => observation('done');

/** Performs consent actions for one user of one app on one profile, as the Java reference runtime does. */
class ReferenceSession {
  /** `shared` ({store, script}) lets a port's simulated container keep one user's world with the port-level view. */
  constructor(profile, config, os = 'android', shared = null) {
    this.profile = profile;
    this.os = os;
    this.store = shared ? shared.store : new RecordStore(profile.behaviour('recordSync'));
    this.device = config.device;
    this.clientVersion = version(config.clientVersion === undefined ? null : config.clientVersion);
    this.script = shared ? shared.script : new Map();
    this.authCodes = 0;
  }

  scriptAnswer(kind, answer) {
    if (!this.script.has(kind)) this.script.set(kind, []);
    this.script.get(kind).push(answer);
  }

  /** Returns null when done, else a TargetError. */
  seed(scopeId, state) {
    let scope;
    try {
      scope = this.profile.scope(scopeId);
    } catch (e) {
      return new TargetError('unsupported-action', e.message);
    }
    this.keepAnswer(scope, state);
    return null;
  }

  records() {
    return Object.fromEntries(this.store.view(this.device, this.clientVersion));
  }

  /** Returns an observation, or throws a TargetError. */
  perform(action) {
    try {
      return this.run(action);
    } catch (e) {
      if (e instanceof TargetError) throw e;
      if (e instanceof RangeError) throw new TargetError('unsupported-action', e.message);
      throw e;
    }
  }

  run(action) {
    switch (action.type) {
      case 'call-api':
        return this.request(action.api, this.profile.apiScope(action.api), Boolean(action.osPromptPending), false);
      case 'authorize':
        return action.scope === null || action.scope === undefined ? this.authorizeWithoutScope()
          : this.request('authorize', this.profile.scope(action.scope), false, true);
      case 'get-setting':
        return this.getSetting();
      case 'open-setting':
        return this.openSetting();
      case 'toggle-setting':
        return this.toggle(action.scope, action.enabled === true);
      case 'delete-app':
        this.store.clearAll();
        return done();
      case 'reinstall':
        this.store.reinstall(this.device);
        return done();
      case 'change-device':
        this.device = action.device;
        return done();
      case 'upgrade-client': {
        const to = version(action.clientVersion);
        this.store.upgrade(this.device, this.clientVersion, to);
        this.clientVersion = to;
        return done();
      }
      default:
        throw new TargetError('unsupported-action', `unknown action type '${action.type}'`);
    }
  }

  /** A call of a scoped API, or an ahead-of-use request (authorize) when `ahead`. */
  request(api, scope, osPromptPending, ahead, responseOverride) {
    const prompts = [];
    if (!scope.supported) {
      return this.fail(`${api}:fail ${scope.id} is not supported on ${this.profile.container}`, prompts, scope, ahead);
    }
    if (!needsAuthorization(scope, this.profile.appKind, this.clientVersion)) {
      return this.proceed(api, scope, osPromptPending, prompts, ahead);
    }
    const state = this.recordOf(scope);
    if (state === NEVER_ASKED && scope.silent) return this.proceed(api, scope, osPromptPending, prompts, ahead);
    if (state === GRANTED) return this.proceed(api, scope, osPromptPending, prompts, ahead);
    if (state === DENIED) {
      if (!ahead && this.profile.behaviour('deniedCall').value === 'fail-and-guide-to-settings') {
        prompts.push({ kind: 'guide-to-settings', scope: scope.id });
      }
      return this.fail(this.denyErrMsg(api, scope), prompts, scope, ahead);
    }
    const consent = { kind: 'consent', scope: scope.id };
    prompts.push(consent);
    const answer = this.answer(consent);
    this.keepAnswer(scope, answer === 'allow' ? GRANTED : DENIED);
    if (answer === 'deny') return this.fail(this.denyErrMsg(api, scope), prompts, scope, ahead);
    return this.proceed(api, scope, osPromptPending, prompts, ahead);
  }

  recordOf(scope) {
    const records = this.store.view(this.device, this.clientVersion);
    const own = records.get(recordKey(scope));
    if (own !== undefined) return own;
    return records.has(scope.id) ? records.get(scope.id) : NEVER_ASKED;
  }

  keepAnswer(scope, state) {
    if (recordKey(scope) !== scope.id) this.store.put(this.device, this.clientVersion, scope.id, NEVER_ASKED);
    this.store.put(this.device, this.clientVersion, recordKey(scope), state);
  }

  authorizeWithoutScope() {
    return observation('fail', { errMsg: 'authorize:fail parameter error: scope is required' });
  }

  proceed(api, scope, osPromptPending, prompts, ahead) {
    if (osPromptPending) {
      const os = { kind: 'os-permission', scope: scope.id };
      prompts.push(os);
      if (this.answer(os) === 'deny') return observation('fail', { errMsg: `${api}:fail system permission denied`, prompts });
    }
    return observation('success', { prompts, response: this.response(scope, true, ahead) });
  }

  fail(errMsg, prompts, scope, ahead) {
    return observation('fail', { errMsg, prompts, response: this.response(scope, false, ahead) });
  }

  denyErrMsg(api, scope) {
    const p = this.profile.behaviour('denyErrMsg');
    if (p.value === 'contains-any' && Array.isArray(p.patterns) && p.patterns.length > 0) {
      return `${api}:fail ${this.os === 'ios' ? p.patterns[p.patterns.length - 1] : p.patterns[0]}`;
    }
    return `${api}:fail user denied ${scope.id}`;
  }

  response(scope, success, ahead) {
    const listed = this.profile.responseFieldsFor(scope);
    if (!ahead || listed.length === 0) return {};
    const fields = {};
    for (const f of listed) {
      if (f === 'authCode') fields[f] = success ? `reference-auth-code-${++this.authCodes}` : '';
      else if (f === 'authSuccessScopes') fields[f] = success ? [scope.id] : [];
      else if (f === 'authErrorScopes') fields[f] = success ? {} : { [scope.id]: 'denied' };
      else fields[f] = '';
    }
    return fields;
  }

  getSetting() {
    const authSetting = {};
    for (const [scope, state] of this.store.view(this.device, this.clientVersion)) {
      authSetting[this.profile.nativeName(scope) || scope] = state === GRANTED;
    }
    return observation('success', { authSetting });
  }

  openSetting() {
    const records = this.store.view(this.device, this.clientVersion);
    const listed = [];
    for (const scope of this.profile.scopes.values()) {
      if (records.has(scope.id) || records.has(recordKey(scope))) listed.push(recordKey(scope));
    }
    return observation('done', { settingsList: listed });
  }

  toggle(scopeId, enabled) {
    const scope = this.profile.scope(scopeId);
    const records = this.store.view(this.device, this.clientVersion);
    if (records.has(scope.id) || records.has(recordKey(scope))) this.keepAnswer(scope, enabled ? GRANTED : DENIED);
    return done();
  }

  answer(prompt) {
    const answers = this.script.get(prompt.kind);
    if (!answers || answers.length === 0) {
      const scope = prompt.scope ? `(${prompt.scope})` : '';
      throw new TargetError('unscripted-prompt', `prompt ${prompt.kind}${scope} was shown on ${this.profile.where()} but no answer is scripted for ${prompt.kind} prompts`);
    }
    return answers.shift();
  }
}

module.exports = { ReferenceSession, RecordStore, TargetError, observation, GRANTED, DENIED, NEVER_ASKED };
