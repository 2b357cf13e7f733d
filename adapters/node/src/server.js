'use strict';
// Serves the ScopeKit target protocol (adapters/protocol/openapi.yaml) over node:http: identity and capabilities,
// sessions with a control plane (script answers, seed and read records) and a data plane (perform an action →
// an observation or a target error), close. Hosts either the reference behaviour or a loaded port.

const http = require('node:http');
const crypto = require('node:crypto');
const { profileOf } = require('./specs');
const { ReferenceSession, TargetError } = require('./session');
const { PortSession, CONTAINERS } = require('./port');

const PROTOCOL = 'scopekit-target/1';
const MAX_BODY = 1024 * 1024;
const PACKAGE_VERSION = require('../package.json').version;

class BadRequest extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The host: one catalog of specs, optionally one loaded port, and its open sessions. */
class Host {
  constructor({ catalog, port = null, os = 'android', nonce = null }) {
    this.catalog = catalog;
    this.nonce = nonce;
    this.port = port;
    this.os = os;
    this.sessions = new Map();
  }

  identity() {
    const body = {
      protocol: PROTOCOL,
      identity: this.port
        ? { name: 'node-host', version: PACKAGE_VERSION, description: `ScopeKit Node host running the port ${this.port.identity()} in simulated containers` }
        : { name: 'node-host', version: PACKAGE_VERSION, description: 'ScopeKit Node host: reference behaviour of the platform specs' },
      capabilities: {},
      controlOperations: ['script-answers', 'seed-records', 'read-records'],
    };
    if (this.port) {
      body.port = { package: this.port.identity(), loadErrors: this.port.loadErrors() };
      // A hosted port implements its own platform only; declaring it keeps verify from judging the others.
      // A framework port (bundled from a manifest) is judged by each container's own platform: the container runs
      // that platform's scenarios through the port (docs/node-host.md, "Certifying a framework").
      // A packaged port (@uni/apis) is judged both ways: by its port matrix (uni-authorize) and, like a framework, by
      // each container's own platform in the containers it loaded in (docs/node-host.md, "@uni/apis in its containers").
      const own = Object.entries(CONTAINERS).filter(([id]) => this.port.loaded.has(id)).map(([, c]) => c.platform);
      body.coverage = { platforms: (this.port.bundle ? own : [...this.catalog.ports.keys(), ...own]).sort() };
    }
    // The per-run nonce the kit gave this host: the kit checks it to know it talks to the host it started.
    if (this.nonce !== null) body.nonce = this.nonce;
    return body;
  }

  open(config) {
    for (const f of ['platform', 'appKind', 'app', 'user', 'device']) {
      if (typeof config[f] !== 'string') throw new BadRequest(400, `session config: '${f}' is missing or not a string`);
    }
    const cfg = { container: null, clientVersion: null, ...config };
    if (this.port && cfg.container === null && !this.catalog.ports.has(cfg.platform)) {
      const own = Object.entries(CONTAINERS).find(([, c]) => c.platform === cfg.platform);
      if (own) cfg.container = own[0];
    }
    let session;
    try {
      if (this.port && (this.catalog.ports.has(cfg.platform) || cfg.container !== null)) {
        session = new PortSession(this.catalog, this.port, cfg, this.os);
      } else {
        session = new ReferenceSession(profileOf(this.catalog, cfg.platform, cfg.container, cfg.appKind), cfg, this.os);
      }
    } catch (e) {
      if (e instanceof TargetError) throw e;
      if (e instanceof RangeError) throw new BadRequest(422, e.message);
      throw e;
    }
    const id = crypto.randomUUID();
    this.sessions.set(id, session);
    return id;
  }

  session(id) {
    const s = this.sessions.get(id);
    if (!s) throw new BadRequest(404, `no session '${id}' (closed, or never opened)`);
    return s;
  }
}

function send(res, body) {
  const text = JSON.stringify({ protocol: PROTOCOL, ...body });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const targetError = (kind, message) => ({ error: { kind, message } });

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new BadRequest(413, `request body larger than ${MAX_BODY} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body;
      try {
        body = text.length === 0 ? {} : JSON.parse(text);
      } catch (e) {
        reject(new BadRequest(400, `request body is not JSON: ${e.message}`));
        return;
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        reject(new BadRequest(400, 'request body: expected a JSON object'));
      } else if (body.protocol !== PROTOCOL) {
        reject(new BadRequest(400, `protocol: expected "${PROTOCOL}" (got ${JSON.stringify(body.protocol)})`));
      } else {
        resolve(body);
      }
    });
    req.on('error', reject);
  });
}

const ENUMS = {
  kind: ['consent', 'guide-to-settings', 'os-permission'],
  answer: ['allow', 'deny'],
  state: ['never-asked', 'granted', 'denied'],
};

function enumValue(body, field) {
  const v = body[field];
  if (!ENUMS[field].includes(v)) throw new BadRequest(400, `'${field}': expected one of ${ENUMS[field].join(', ')} (got ${JSON.stringify(v)})`);
  return v;
}

function objectMember(body, field) {
  const v = body[field];
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new BadRequest(400, `'${field}': expected an object`);
  return v;
}

async function route(host, req, res) {
  const url = new URL(req.url, 'http://host');
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== 'v1') throw new BadRequest(404, `unknown path ${url.pathname} (expected /v1/…)`);
  if (parts.length === 2 && parts[1] === 'target' && req.method === 'GET') return send(res, host.identity());
  // The differential check's findings so far (docs/node-host.md, "The differential check"): certify-port reads them
  // after the run. Not part of the target protocol; only a host that hosts a port answers it.
  if (parts.length === 3 && parts[1] === 'port' && parts[2] === 'differences' && req.method === 'GET' && host.port) {
    return send(res, { differences: host.port.differences || [], documentedUnsupported: host.port.documentedUnsupported || [] });
  }
  if (parts[1] !== 'sessions') throw new BadRequest(404, `unknown path ${url.pathname} (this host serves /v1/target and /v1/sessions)`);
  if (parts.length === 2 && req.method === 'POST') {
    const config = objectMember(await readJson(req), 'config');
    try {
      return send(res, { session: host.open(config) });
    } catch (e) {
      if (e instanceof TargetError) return send(res, { error: e.toWire() });
      if (e instanceof BadRequest && e.status === 422) return send(res, targetError('unsupported-action', e.message));
      throw e;
    }
  }
  const session = host.session(parts[2]);
  if (parts.length === 3 && req.method === 'DELETE') {
    host.sessions.delete(parts[2]);
    if (typeof session.close === 'function') session.close();
    return send(res, {});
  }
  const op = parts[3];
  if (parts.length === 4 && req.method === 'POST' && op === 'script') {
    const body = await readJson(req);
    session.scriptAnswer(enumValue(body, 'kind'), enumValue(body, 'answer'));
    return send(res, {});
  }
  if (parts.length === 4 && req.method === 'POST' && op === 'seed') {
    const body = await readJson(req);
    if (typeof body.scope !== 'string') throw new BadRequest(400, "'scope': expected a string");
    const error = session.seed(body.scope, enumValue(body, 'state'));
    return send(res, error ? { error: error.toWire() } : {});
  }
  if (parts.length === 4 && req.method === 'GET' && op === 'records') return send(res, { records: session.records() });
  if (parts.length === 4 && req.method === 'POST' && op === 'actions') {
    const action = objectMember(await readJson(req), 'action');
    if (typeof action.type !== 'string') throw new BadRequest(400, "'action.type': expected an action type such as call-api");
    try {
      return send(res, { observation: await session.perform(action) });
    } catch (e) {
      if (e instanceof TargetError) return send(res, { error: e.toWire() });
      return send(res, targetError('internal', `${e && e.message}`.split('\n')[0]));
    }
  }
  throw new BadRequest(404, `unknown operation ${req.method} ${url.pathname}`);
}

/** Starts the host on `port` (0: any free port) of `hostname`; resolves to the node:http server once listening. */
function serve(host, { port = 0, hostname = '127.0.0.1' } = {}) {
  const server = http.createServer((req, res) => {
    route(host, req, res).catch((e) => {
      if (res.headersSent) return;
      // Every protocol answer is HTTP 200; a request the host cannot take is an internal target error.
      send(res, targetError('internal', String(e && e.message).split('\n')[0]));
    });
  });
  server.keepAliveTimeout = 30000;
  server.requestTimeout = 30000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(server));
  });
}

module.exports = { Host, serve, PROTOCOL };
