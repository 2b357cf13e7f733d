#!/usr/bin/env node
'use strict';
// Starts the ScopeKit Node host. Prints one JSON line {"url": "http://127.0.0.1:PORT", ...} on stdout once it
// listens, so that the kit (or a script) can read the port it chose.
//   scopekit-node-host [--specs DIR] [--port N] [--host H] [--os android|ios] [--port-module PATH|PACKAGE]
//                      [--exit-with-stdin]   (exit when stdin closes: the kit's way to never leave a host behind)

const path = require('node:path');
const { loadSpecs, SpecError } = require('../src/specs');
const { LoadedPort } = require('../src/port');
const { Host, serve } = require('../src/server');

function usage(message) {
  process.stderr.write(`scopekit-node-host: ${message}\nusage: scopekit-node-host [--specs DIR] [--port N] [--host H] [--os android|ios] [--port-module PATH|PACKAGE] [--exit-with-stdin]\n`);
  process.exit(2);
}

function parse(argv) {
  const o = { specs: path.resolve(__dirname, '..', '..', '..', 'platform-specs'), port: 0, host: '127.0.0.1', os: 'android', portModule: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--specs') o.specs = path.resolve(value());
    else if (a === '--port') o.port = Number(value());
    else if (a === '--host') o.host = value();
    else if (a === '--os') o.os = value();
    else if (a === '--port-module') o.portModule = value();
    else if (a === '--exit-with-stdin') o.exitWithStdin = true;
    else usage(`unknown option '${a}'`);
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) usage('--port expects a number 0..65535');
  if (!['android', 'ios'].includes(o.os)) usage("--os expects 'android' or 'ios'");
  return o;
}

async function main() {
  const o = parse(process.argv.slice(2));
  let catalog;
  try {
    catalog = loadSpecs(o.specs);
  } catch (e) {
    if (e instanceof SpecError) usage(e.message);
    throw e;
  }
  let port = null;
  if (o.portModule) {
    try {
      port = new LoadedPort(o.portModule, [process.cwd(), path.resolve(__dirname, '..'), path.resolve(__dirname, '..', 'fixtures')], o.os);
    } catch (e) {
      if (e instanceof RangeError) usage(e.message);
      throw e;
    }
  }
  const server = await serve(new Host({ catalog, port, os: o.os }), { port: o.port, hostname: o.host });
  const address = server.address();
  const line = { url: `http://${o.host}:${address.port}`, specs: o.specs };
  if (port) line.port = { package: port.identity(), loadErrors: port.loadErrors() };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // The kit closes our stdin when it is done: exit then, so that no host outlives the run that started it.
  if (o.exitWithStdin) {
    process.stdin.on('end', stop).on('error', stop).resume();
  }
}

main().catch((e) => {
  process.stderr.write(`scopekit-node-host: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
