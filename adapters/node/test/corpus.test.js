'use strict';
// Replays the protocol's compatibility corpus (adapters/protocol/corpus/*.json, recorded from the kit's client and
// the Java reference runtime) against the Node host hosting the reference behaviour: each answer must equal the
// transcript's, so the Node host and the Java reference agree on the wire.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { startHost } = require('../testing/helpers');

const CORPUS = path.resolve(__dirname, '..', '..', 'protocol', 'corpus');

test('compatibility corpus against the Node host', async (t) => {
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) {
    t.skip(`no transcripts in ${CORPUS} yet (the protocol's owner records them)`);
    return;
  }
  const { replay } = await import(pathToFileURL(path.join(CORPUS, 'replay.mjs')).href);
  const host = await startHost();
  t.after(host.stop);
  for (const file of files) {
    const transcript = JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8'));
    if (transcript.exchanges.some((e) => e.request.path.startsWith('/v1/platform'))) {
      await t.test(`${transcript.name}: permission-platform side`, (st) => st.skip('the Node host serves the consent target only, not /v1/platform (docs/node-host.md)'));
      continue;
    }
    await t.test(`should_replay_${transcript.name}_when_served_by_the_node_host`, async () => {
      // GIVEN the transcript / WHEN replayed against the host
      const difference = await replay(host.base, transcript);
      // THEN
      assert.equal(difference, null);
    });
  }
});
