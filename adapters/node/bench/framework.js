#!/usr/bin/env node
'use strict';
// Host actions/s with a framework loaded (a figure, never a test): bundles a manifest (through the cache under
// --cache-dir, default a temporary one), starts the host in process and runs R rounds of N actions in one container
// over the protocol, alternating authorize (allowed) and get-setting, each through the port in both forms (two port
// calls per action); prints actions/s per round and the median.
//   node bench/framework.js [--manifest manifests/taro@4.2.1.json] [--platform wechat-miniprogram] [--actions 200] [--rounds 3]
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { readManifest, cachedBundleAll, readProfile } = require('../src/bundle');
const { startHost } = require('../testing/helpers');

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const ROOT = path.resolve(__dirname, '..');

async function main() {
  const file = path.resolve(ROOT, args.manifest || 'manifests/taro@4.2.1.json');
  const manifest = readManifest(file);
  const cache = args['cache-dir'] || fs.mkdtempSync(path.join(os.tmpdir(), 'scopekit-bench-cache-'));
  const { result, dir } = cachedBundleAll(fs.readFileSync(file, 'utf8'), manifest, ROOT, cache);
  const entries = {};
  const errors = {};
  for (const [c, b] of Object.entries(result)) (b.file ? entries : errors)[c] = b.file || b.error;
  const bundle = { identity: `${manifest.framework}@${manifest.version}`, dir, entries, errors, framework: manifest.framework, profile: readProfile(manifest.profile) };
  const host = await startHost({ bundle });
  const platform = args.platform || 'wechat-miniprogram';
  const n = Number(args.actions || 200);
  const rates = [];
  try {
    for (let r = 0; r < Number(args.rounds || 3); r++) {
      const s = await host.open(platform);
      const started = process.hrtime.bigint();
      for (let i = 0; i < n; i++) {
        await s.script('consent', 'allow');
        const answer = await s.perform(i % 2 === 0 ? { type: 'authorize', scope: 'scope.camera' } : { type: 'get-setting' });
        if (answer.error) throw new Error(JSON.stringify(answer.error));
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      await s.close();
      rates.push(n / seconds);
      console.log(`round ${r + 1}: ${n} actions in ${seconds.toFixed(2)} s = ${(n / seconds).toFixed(1)} actions/s`);
    }
  } finally {
    await host.stop();
    if (!args['cache-dir']) fs.rmSync(cache, { recursive: true, force: true });
  }
  rates.sort((a, b) => a - b);
  console.log(`median ${rates[Math.floor(rates.length / 2)].toFixed(1)} actions/s (${bundle.identity}, ${platform}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
}

main().catch((e) => { console.error(e); process.exit(1); });
