#!/usr/bin/env node
// Replays the golden transcripts of the ScopeKit target protocol against an implementation (the client side of a
// transcript): sends each request in order and checks that each answer matches. Node standard library only.
// Usage: node replay.mjs <base-url> [transcript.json ...]   (default: every *.json beside this file)
// A transcript whose "requires" the target does not declare at GET /v1/target is skipped, with the reason.
// Exit 0 when every applicable transcript replays, 1 when one does not, 2 on bad usage.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function match(expected, actual, bindings, where = '$') {
  if (expected === '{any}') return null;
  if (expected === '{session}') {
    if (typeof actual !== 'string' || actual.length === 0) return `${where}: expected a session id, got ${JSON.stringify(actual)}`;
    bindings.session = actual;
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${where}: expected an array, got ${JSON.stringify(actual)}`;
    if (expected.length !== actual.length) return `${where}: expected ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = match(expected[i], actual[i], bindings, `${where}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${where}: expected an object, got ${JSON.stringify(actual)}`;
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const k of keys) {
      if (!(k in expected)) {
        if (actual[k] === null) continue; // absent and null mean the same
        return `${where}.${k}: not expected, got ${JSON.stringify(actual[k])}`;
      }
      const d = match(expected[k], k in actual ? actual[k] : null, bindings, `${where}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return expected === actual ? null : `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

// Says why a transcript does not apply to a target, from what the target declares at GET /v1/target and what the
// transcript states it needs (its "requires"); null when it applies. A conforming target that does not serve the
// permission side, a platform or an optional control operation is not failed on a transcript that needs it.
export function notApplicable(description, transcript) {
  const requires = transcript.requires ?? {};
  if (requires.side === 'permission' && !description.permission) return 'needs the permission-platform side (/v1/platform), which the target does not declare';
  const platforms = description.coverage?.platforms;
  if (requires.platform && Array.isArray(platforms) && !platforms.includes(requires.platform)) return `needs platform ${requires.platform}; the target declares ${platforms.join(', ')}`;
  const containers = description.coverage?.containers;
  if (requires.container && Array.isArray(containers) && !containers.includes(requires.container)) return `needs container ${requires.container}; the target declares ${containers.join(', ')}`;
  const operations = requires.side === 'permission' ? [] : (requires.controlOperations ?? []);
  const offered = Array.isArray(description.controlOperations) ? description.controlOperations : [];
  const missing = operations.filter((o) => !offered.includes(o));
  if (missing.length) return `needs the control operations ${missing.join(', ')}, which the target does not declare`;
  return null;
}

export async function describe(base) {
  const response = await fetch(base.replace(/\/$/, '') + '/v1/target', { signal: AbortSignal.timeout(10_000) });
  return JSON.parse(await response.text());
}

export async function replay(base, transcript) {
  const bindings = {};
  for (const [i, exchange] of transcript.exchanges.entries()) {
    const { method, path, body } = exchange.request;
    const url = base.replace(/\/$/, '') + path.replaceAll('{session}', () => bindings.session ?? '{session}');
    const response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    const where = `exchange ${i} (${method} ${path})`;
    if (response.status !== exchange.response.status) return `${where}: status ${response.status}, expected ${exchange.response.status}`;
    let actual;
    try {
      actual = JSON.parse(await response.text());
    } catch (e) {
      return `${where}: the answer is not JSON: ${e.message}`;
    }
    const d = match(exchange.response.body, actual, bindings);
    if (d) return `${where}: ${d}`;
  }
  return null;
}

export function transcripts(files) {
  const dir = dirname(fileURLToPath(import.meta.url));
  const names = files.length ? files : readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  return names.map((file) => ({ file, transcript: JSON.parse(readFileSync(file, 'utf8')) }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [base, ...files] = process.argv.slice(2);
  if (!base) {
    console.error('usage: node replay.mjs <base-url> [transcript.json ...]');
    process.exit(2);
  }
  let failed = 0;
  let description;
  try {
    description = await describe(base);
  } catch (e) {
    console.log(`FAIL GET /v1/target: ${e.message}`);
    process.exit(1);
  }
  for (const { file, transcript } of transcripts(files)) {
    const skip = notApplicable(description, transcript);
    if (skip) {
      console.log(`skip ${transcript.name}: ${skip}`);
      continue;
    }
    const difference = await replay(base, transcript).catch((e) => `request failed: ${e.message}`);
    console.log(`${difference ? 'FAIL' : 'ok  '} ${transcript.name}${difference ? ': ' + difference : ''}`);
    if (difference) failed++;
  }
  process.exit(failed ? 1 : 0);
}
