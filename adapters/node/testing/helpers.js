'use strict';
// Starts a Node host in process on a free loopback port and speaks the protocol to it, as the kit does.
const path = require('node:path');
const { loadSpecs } = require('../src/specs');
const { LoadedPort } = require('../src/port');
const { Host, serve, PROTOCOL } = require('../src/server');

const SPECS = path.resolve(__dirname, '..', '..', '..', 'platform-specs');

async function startHost({ portModule = null, bundle = null, os = 'android', callTimeoutMs = 5000, loadTimeoutMs = 20000, log = () => {} } = {}) {
  const catalog = loadSpecs(SPECS);
  const port = bundle ? await LoadedPort.start(bundle.identity, [], os, { callTimeoutMs, loadTimeoutMs, log, catalog, bundle }) : portModule ? await LoadedPort.start(portModule, [path.resolve(__dirname, '..'), path.resolve(__dirname, '..', 'fixtures')], os, { callTimeoutMs, loadTimeoutMs, log, catalog }) : null;
  const server = await serve(new Host({ catalog, port, os }), { port: 0 });
  const base = `http://127.0.0.1:${server.address().port}`;
  const call = async (method, p, body) => {
    const r = await fetch(base + p, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify({ protocol: PROTOCOL, ...body }),
    });
    if (r.status !== 200) throw new Error(`${method} ${p}: HTTP ${r.status}`);
    return r.json();
  };
  const open = async (platform, container = null, extra = {}) => {
    const answer = await call('POST', '/v1/sessions', { config: { platform, container, appKind: 'mini-program', app: 'app-1', user: 'user-1', device: 'device-1', ...extra } });
    if (answer.error) return answer;
    const id = answer.session;
    return {
      id,
      script: (kind, answer) => call('POST', `/v1/sessions/${id}/script`, { kind, answer }),
      seed: (scope, state) => call('POST', `/v1/sessions/${id}/seed`, { scope, state }),
      records: () => call('GET', `/v1/sessions/${id}/records`),
      perform: (action) => call('POST', `/v1/sessions/${id}/actions`, { action }),
      close: () => call('DELETE', `/v1/sessions/${id}`),
    };
  };
  return { base, call, open, port, stop: () => new Promise((r) => { if (port) port.close(); server.closeAllConnections(); server.close(r); }) };
}

module.exports = { startHost, SPECS };
