#!/usr/bin/env node
'use strict';
// Starts the ScopeKit Node host. Prints one JSON line {"url": "http://127.0.0.1:PORT", ...} on stdout once it
// listens, so that a script can read the port it chose; the kit reads the same line from --ready-file instead (a
// file in a directory only the kit can write), because a port could write to stdout (docs/node-host.md, trust model).
//   scopekit-node-host [--specs DIR] [--port N] [--host H] [--os android|ios] [--port-module PATH|PACKAGE]
//                      [--exit-with-stdin]   (exit when stdin closes: the kit's way to never leave a host behind)
//                      [--ready-file PATH] [--nonce TEXT] (GET /v1/target echoes it) [--call-timeout-ms N]
//                      [--manifest FILE --packages DIR]  (a framework port: bundled per container from its manifest,
//                       with the packages installed under DIR/node_modules; docs/node-host.md, "Port manifests")
//                      [--cache-dir DIR]  (bundles kept under DIR/bundles by content key and reused by later runs)

const fs = require('node:fs');
const path = require('node:path');
const { loadSpecs, SpecError } = require('../src/specs');
const { LoadedPort } = require('../src/port');
const { Host, serve } = require('../src/server');
const { readManifest, bundleAll, cachedBundleAll, readProfile } = require('../src/bundle');

function usage(message) {
  process.stderr.write(`scopekit-node-host: ${message}\nusage: scopekit-node-host [--specs DIR] [--port N] [--host H] [--os android|ios] [--port-module PATH|PACKAGE] [--exit-with-stdin] [--ready-file PATH] [--nonce TEXT] [--call-timeout-ms N] [--load-timeout-ms N] [--manifest FILE --packages DIR [--cache-dir DIR]]\n`);
  process.exit(2);
}

function parse(argv) {
  const o = { specs: path.resolve(__dirname, '..', '..', '..', 'platform-specs'), port: 0, host: '127.0.0.1', os: 'android', portModule: null, manifest: null, packages: null, cacheDir: null, readyFile: null, nonce: null, callTimeoutMs: 5000, loadTimeoutMs: 20000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--specs') o.specs = path.resolve(value());
    else if (a === '--port') o.port = Number(value());
    else if (a === '--host') o.host = value();
    else if (a === '--os') o.os = value();
    else if (a === '--port-module') o.portModule = value();
    else if (a === '--exit-with-stdin') o.exitWithStdin = true;
    else if (a === '--manifest') o.manifest = path.resolve(value());
    else if (a === '--cache-dir') o.cacheDir = path.resolve(value());
    else if (a === '--packages') o.packages = path.resolve(value());
    else if (a === '--ready-file') o.readyFile = path.resolve(value());
    else if (a === '--nonce') o.nonce = value();
    else if (a === '--call-timeout-ms') o.callTimeoutMs = Number(value());
    else if (a === '--load-timeout-ms') o.loadTimeoutMs = Number(value());
    else usage(`unknown option '${a}'`);
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) usage('--port expects a number 0..65535');
  if (!['android', 'ios'].includes(o.os)) usage("--os expects 'android' or 'ios'");
  for (const [flag, v] of [['--call-timeout-ms', o.callTimeoutMs], ['--load-timeout-ms', o.loadTimeoutMs]]) {
    if (!Number.isInteger(v) || v < 1) usage(`${flag} expects a positive whole number of milliseconds`);
  }
  if (o.manifest && o.portModule) usage('--manifest and --port-module exclude each other');
  if (o.manifest && !o.packages) o.packages = path.resolve(__dirname, '..');
  return o;
}

async function main() {
  const o = parse(process.argv.slice(2));
  const readSpecs = () => {
    try {
      return loadSpecs(o.specs);
    } catch (e) {
      if (e instanceof SpecError) usage(e.message);
      throw e;
    }
  };
  // A packaged port's process starts while the specs are read (LoadedPort.start); otherwise they are read first.
  let catalog = o.portModule && !o.manifest ? null : readSpecs();
  let port = null;
  // Whatever ends this process ends the port's process too (it would otherwise spin on as an orphan).
  process.on('exit', () => { if (port) port.close(); });
  let stopping = false;
  const stopEarly = () => { stopping = true; process.exit(0); };
  process.on('SIGTERM', stopEarly);
  process.on('SIGINT', stopEarly);
  if (o.exitWithStdin) process.stdin.on('end', stopEarly).on('error', stopEarly).resume();
  if (o.manifest) {
    let manifest;
    try {
      manifest = readManifest(o.manifest);
    } catch (e) {
      if (e instanceof RangeError) usage(e.message);
      throw e;
    }
    const identity = `${manifest.framework}@${manifest.version}`;
    const started = Date.now();
    process.stderr.write(`scopekit-node-host: bundling ${identity} for ${Object.keys(manifest.containers).length} containers (esbuild, packages from ${o.packages}${o.cacheDir ? `, cache ${o.cacheDir}` : ''})\n`);
    let dir;
    let bundled;
    if (o.cacheDir) {
      const cached = cachedBundleAll(fs.readFileSync(o.manifest, 'utf8'), manifest, o.packages, o.cacheDir);
      dir = cached.dir;
      bundled = cached.result;
      if (cached.hit) process.stderr.write(`scopekit-node-host: bundles of ${identity} taken from the cache (content key ${cached.key})\n`);
    } else {
      dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'scopekit-bundle-'));
      process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
      bundled = bundleAll(manifest, o.packages, dir);
    }
    const entries = {};
    const errors = {};
    for (const [c, b] of Object.entries(bundled)) {
      if (b.file) entries[c] = b.file;
      else errors[c] = b.error;
    }
    process.stderr.write(`scopekit-node-host: bundled ${identity} in ${((Date.now() - started) / 1000).toFixed(1)} s; loading it in its containers\n`);
    port = await LoadedPort.start(identity, [], o.os, { callTimeoutMs: o.callTimeoutMs, loadTimeoutMs: o.loadTimeoutMs, catalog,
      bundle: { identity, dir, entries, errors, framework: manifest.framework, profile: readProfile(manifest.profile) } });
  } else if (o.portModule) {
    try {
      port = await LoadedPort.start(o.portModule, [process.cwd(), path.resolve(__dirname, '..'), path.resolve(__dirname, '..', 'fixtures')], o.os,
        { callTimeoutMs: o.callTimeoutMs, loadTimeoutMs: o.loadTimeoutMs, catalog: readSpecs });
      catalog = port.options.catalog;
    } catch (e) {
      if (e instanceof RangeError) usage(e.message);
      throw e;
    }
  }
  if (stopping) return;
  const server = await serve(new Host({ catalog, port, os: o.os, nonce: o.nonce }), { port: o.port, hostname: o.host });
  const address = server.address();
  const line = { url: `http://${o.host}:${address.port}`, specs: o.specs };
  if (o.nonce !== null) line.nonce = o.nonce;
  if (port) line.port = { package: port.identity(), loadErrors: port.loadErrors() };
  if (o.readyFile) {
    // written whole, then renamed: the reader never sees half a line
    const temp = `${o.readyFile}.${process.pid}.part`;
    fs.writeFileSync(temp, `${JSON.stringify(line)}\n`, { mode: 0o600 });
    fs.renameSync(temp, o.readyFile);
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
  const stop = () => {
    if (port) port.close();
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.removeListener('SIGTERM', stopEarly);
  process.removeListener('SIGINT', stopEarly);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // The kit closes our stdin when it is done: exit then, so that no host outlives the run that started it.
  if (o.exitWithStdin) {
    process.stdin.removeListener('end', stopEarly).removeListener('error', stopEarly);
    if (process.stdin.readableEnded) stop();
    else process.stdin.on('end', stop).on('error', stop);
  }
}

main().catch((e) => {
  process.stderr.write(`scopekit-node-host: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
