#!/usr/bin/env node
'use strict';
// Load generator for the Node host (a figure, never a test): starts the host in process, then C concurrent clients
// over keep-alive loopback HTTP each run scenario-shaped conversations (open, script, seed, 3 actions, close) for
// D seconds; prints requests/s and actions/s per round and the median of R rounds.
//   node bench/load.js [--rounds 5] [--seconds 3] [--clients 8] [--port-module @uni/apis | --url http://127.0.0.1:PORT]
const http = require('node:http');
const path = require('node:path');
const { loadSpecs } = require('../src/specs');
const { LoadedPort } = require('../src/port');
const { Host, serve, PROTOCOL } = require('../src/server');

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const rounds = Number(args.rounds || 5);
const seconds = Number(args.seconds || 3);
const clients = Number(args.clients || 8);

async function main() {
  // --url: a host started separately (node bin/scopekit-node-host.js), so client and server do not share a core
  const catalog = args.url ? null : loadSpecs(path.resolve(__dirname, '..', '..', '..', 'platform-specs'));
  const port = !args.url && args['port-module'] ? await LoadedPort.start(args['port-module'], [path.resolve(__dirname, '..')]) : null;
  const server = args.url ? null : await serve(new Host({ catalog, port }), { port: 0 });
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const target = args.url ? new URL(args.url) : null;
  const base = { host: '127.0.0.1', port: target ? Number(target.port) : server.address().port, agent };
  const call = (method, p, body) => new Promise((resolve, reject) => {
    const data = body === undefined ? null : JSON.stringify({ protocol: PROTOCOL, ...body });
    const req = http.request({ ...base, method, path: p, headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(data);
  });
  const platform = port || args.container ? { platform: 'uni-authorize', container: args.container || 'wechat' } : { platform: 'wechat-miniprogram', container: null };
  const results = [];
  for (let r = 0; r < rounds; r++) {
    let requests = 0;
    let actions = 0;
    const end = Date.now() + seconds * 1000;
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        const { session } = await call('POST', '/v1/sessions', { config: { ...platform, appKind: 'mini-program', app: 'a', user: 'u', device: 'd' } });
        await call('POST', `/v1/sessions/${session}/script`, { kind: 'consent', answer: 'allow' });
        await call('POST', `/v1/sessions/${session}/actions`, { action: { type: 'authorize', scope: 'scope.camera' } });
        await call('POST', `/v1/sessions/${session}/actions`, { action: { type: 'authorize', scope: 'scope.camera' } });
        await call('POST', `/v1/sessions/${session}/actions`, { action: { type: 'get-setting' } });
        await call('DELETE', `/v1/sessions/${session}`);
        requests += 6;
        actions += 3;
      }
    }));
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    results.push({ requestsPerSecond: requests / elapsed, actionsPerSecond: actions / elapsed });
    console.log(`round ${r + 1}: ${(requests / elapsed).toFixed(0)} requests/s, ${(actions / elapsed).toFixed(0)} actions/s`);
  }
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`median of ${rounds} rounds (${clients} clients, ${seconds} s each, ${args.url ? args.url : port ? `port ${port.identity()}` : 'reference'}): ${median(results.map((x) => x.requestsPerSecond)).toFixed(0)} requests/s, ${median(results.map((x) => x.actionsPerSecond)).toFixed(0)} actions/s`);
  agent.destroy();
  if (server) server.close();
  if (port) port.close();
}

main().catch((e) => { console.error(e); process.exit(1); });
