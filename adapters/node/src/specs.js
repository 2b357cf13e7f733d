'use strict';
// Reads the kit's platform specs (platform-specs/*.yaml) and builds the uniform view the reference behaviour runs
// on: a port of io.scopekit.target.reference.PlatformProfile. Everything about a platform comes from the specs.

const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

/** A spec file that cannot be read: names the file and, where the parser knows it, the line. */
class SpecError extends Error {}

function loadSpecs(dir) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new SpecError(`specs directory ${dir} does not exist (expected the kit's platform-specs/ directory)`);
  }
  const catalog = { platforms: new Map(), ports: new Map(), dir };
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = path.join(dir, name);
    const doc = YAML.parseDocument(fs.readFileSync(file, 'utf8'), { prettyErrors: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const line = e.linePos && e.linePos[0] ? e.linePos[0].line : '?';
      throw new SpecError(`${file}:${line}: ${e.message.split('\n')[0]} (expected a YAML platform spec)`);
    }
    const spec = doc.toJS();
    if (spec === null || typeof spec !== 'object' || typeof spec.id !== 'string') {
      throw new SpecError(`${file}:1: expected a mapping with 'kind' and 'id'`);
    }
    if (spec.kind === 'client-platform') catalog.platforms.set(spec.id, spec);
    else if (spec.kind === 'port-matrix') catalog.ports.set(spec.id, spec);
    // permission-model specs (feishu-openplatform) are served by the kit, not by this host
  }
  return catalog;
}

/** Parses a version ("5.21") into comparable numbers; null stays null (the newest client). */
function version(text) {
  if (text === null || text === undefined) return null;
  if (!/^\d+(\.\d+){0,3}$/.test(String(text))) {
    throw new RangeError(`client version: '${text}' is not a version (expected digits separated by dots, e.g. 5.21)`);
  }
  const parts = String(text).split('.').map(Number);
  while (parts.length > 1 && parts[parts.length - 1] === 0) parts.pop();
  return parts;
}

function isAtLeast(v, gate) {
  for (let i = 0; i < Math.max(v.length, gate.length); i++) {
    const a = v[i] || 0;
    const b = gate[i] || 0;
    if (a !== b) return a > b;
  }
  return true;
}

function param(behaviour, key) {
  const p = behaviour && behaviour[key];
  return p && typeof p === 'object' ? p : { value: 'unspecified' };
}

/** One platform (app kind chosen) or one container of a port, as the session sees it. */
class Profile {
  constructor({ platform, container, appKind, scopes, behaviour, fallback, responseFields, authorizeVia = null }) {
    this.platform = platform;
    this.container = container;
    this.appKind = appKind;
    this.scopes = new Map(scopes.map((s) => [s.id, s]));
    this.scopeOfApi = new Map();
    for (const s of scopes) for (const api of s.apis) this.scopeOfApi.set(api, s.id);
    this.ownBehaviour = behaviour || {};
    this.fallback = fallback;
    this.responseFields = responseFields;
    this.authorizeVia = authorizeVia;
  }

  /**
   * The fields an ahead-of-use request for this scope answers with: a port's documented fields, or, on a platform
   * whose container has no authorize (alipay.yaml container), the success fields of the API that asks for the scope
   * (my.getAuthCode for auth_base, auth_user, auth_zhima), as the reference runtime answers.
   */
  responseFieldsFor(scope) {
    if (this.responseFields.length > 0) return this.responseFields;
    return this.authorizeVia && this.authorizeVia.scopes.includes(scope.id) ? this.authorizeVia.fields : [];
  }

  /** A port's unspecified entry falls back to its container platform's entry (docs/reference-runtime.md, default 1). */
  behaviour(key) {
    const own = param(this.ownBehaviour, key);
    return own.value === 'unspecified' && this.fallback ? param(this.fallback, key) : own;
  }

  scope(id) {
    const s = this.scopes.get(id);
    if (!s) throw new RangeError(`unknown scope '${id}' on ${this.where()} (expected one of: ${[...this.scopes.keys()].join(', ')})`);
    return s;
  }

  apiScope(api) {
    const id = this.scopeOfApi.get(api);
    if (!id) throw new RangeError(`unknown API '${api}' on ${this.where()} (expected one of: ${[...this.scopeOfApi.keys()].join(', ')})`);
    return this.scopes.get(id);
  }

  nativeName(id) {
    const s = this.scopes.get(id);
    return s ? s.nativeName : null;
  }

  where() {
    return this.container ? `${this.platform}[${this.container}]` : `${this.platform} (${this.appKind})`;
  }
}

function recordKey(scope) {
  return scope.nativeName || scope.id;
}

function appKindOf(spec, appKind) {
  const kinds = spec.appKinds || [];
  if (!kinds.includes(appKind)) {
    throw new RangeError(`platform '${spec.id}' has no app kind '${appKind}' (expected one of: ${kinds.join(', ')})`);
  }
  return appKind;
}

function clientScope(s, platformKinds) {
  const kinds = s.appKinds || platformKinds;
  return {
    id: s.id,
    apis: s.apis || [],
    supported: true,
    nativeName: null,
    silent: Boolean(s.consent && s.consent.value === 'silent'),
    status: s.status || 'active',
    gate: s.gate === undefined || s.gate === null ? null : version(String(s.gate)),
    appKinds: kinds,
    recycledIn: s.recycledIn || [],
    isPort: false,
  };
}

/**
 * Builds the profile of `platform` (`container` for a port, else null) for `appKind`.
 * Throws RangeError naming the valid choices for an unknown platform, container or app kind.
 */
function profileOf(catalog, platform, container, appKind) {
  const port = catalog.ports.get(platform);
  if (port) {
    const entry = (port.containers || []).find((c) => c.id === container);
    if (!entry) {
      throw new RangeError(`port '${port.id}' needs a container, one of: ${(port.containers || []).map((c) => c.id).join(', ')} (got ${container})`);
    }
    const host = catalog.platforms.get(entry.platform);
    if (!host) throw new RangeError(`port '${port.id}' container '${container}' names unknown platform '${entry.platform}'`);
    const kind = appKindOf(host, appKind);
    const scopes = (port.scopes || []).map((s) => ({
      id: s.id,
      apis: s.apis || [],
      supported: Boolean(s.support && s.support[container]),
      nativeName: (s.nativeNames && s.nativeNames[container]) || null,
      silent: Boolean(s.consent && s.consent.value === 'silent'),
      status: 'active',
      gate: null,
      appKinds: null,
      recycledIn: [],
      isPort: true,
    }));
    const fields = (port.responses || []).filter((r) => r.container === container)
      .flatMap((r) => (r.fields || []).map((f) => f.name));
    return new Profile({ platform: port.id, container, appKind: kind, scopes, behaviour: port.behaviour,
      fallback: host.behaviour, responseFields: fields });
  }
  const spec = catalog.platforms.get(platform);
  if (!spec) {
    const runnable = [...catalog.platforms.keys(), ...catalog.ports.keys()];
    throw new RangeError(`unknown platform '${platform}' (expected one of: ${runnable.join(', ')})`);
  }
  if (container !== null && container !== undefined) {
    throw new RangeError(`platform '${platform}' is not a port; container must be null`);
  }
  const kind = appKindOf(spec, appKind);
  const scopes = (spec.scopes || []).map((s) => clientScope(s, spec.appKinds || []))
    .filter((s) => s.appKinds.includes(kind));
  const via = ((spec.container && spec.container.apis) || []).find((a) => a.scopes && Array.isArray(a.scopes.ids));
  const authorizeVia = via ? { scopes: via.scopes.ids, fields: (via.success || []).map((f) => f.field) } : null;
  return new Profile({ platform, container: null, appKind: kind, scopes, behaviour: spec.behaviour, fallback: null,
    responseFields: [], authorizeVia });
}

/** Below the gate, for cancelled scopes and for scopes recycled in the app kind there is nothing to authorize. */
function needsAuthorization(scope, appKind, clientVersion) {
  if (scope.isPort) return true;
  const available = scope.appKinds.includes(appKind) && !(scope.status === 'recycled' && scope.recycledIn.includes(appKind));
  return scope.status !== 'cancelled' && available && (clientVersion === null || scope.gate === null || isAtLeast(clientVersion, scope.gate));
}

module.exports = { loadSpecs, profileOf, version, isAtLeast, recordKey, needsAuthorization, SpecError };
