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
  const { replay, describe, notApplicable } = await import(pathToFileURL(path.join(CORPUS, 'replay.mjs')).href);
  const host = await startHost();
  t.after(host.stop);
  const description = await describe(host.base);
  for (const file of files) {
    const transcript = JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8'));
    // What the host does not declare (the permission-platform side: docs/node-host.md) is skipped, as replay.mjs does.
    const skip = notApplicable(description, transcript);
    if (skip) {
      await t.test(`${transcript.name}: not applicable`, (st) => st.skip(skip));
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

test('replay.mjs skips what a target does not declare', async (t) => {
  const { notApplicable } = await import(pathToFileURL(path.join(CORPUS, 'replay.mjs')).href);
  const seeding = { requires: { side: 'consent', platform: 'wechat-miniprogram', controlOperations: ['read-records', 'seed-records'] } };
  const platformSide = { requires: { side: 'permission', platform: 'feishu-openplatform', controlOperations: [] } };

  await t.test('should_skip_naming_the_operation_when_the_target_cannot_seed_records', () => {
    // GIVEN a target offering only script-answers / WHEN / THEN
    assert.match(notApplicable({ controlOperations: ['script-answers'] }, seeding), /read-records, seed-records/);
  });
  await t.test('should_skip_naming_both_platforms_when_the_target_declares_another_platform', () => {
    const description = { controlOperations: ['script-answers', 'seed-records', 'read-records'], coverage: { platforms: ['alipay'] } };
    assert.equal(notApplicable(description, seeding), 'needs platform wechat-miniprogram; the target declares alipay');
  });
  await t.test('should_skip_when_the_target_does_not_serve_the_permission_side', () => {
    assert.match(notApplicable({ controlOperations: [] }, platformSide), /permission-platform side/);
  });
  await t.test('should_apply_when_the_target_declares_everything_needed', () => {
    const description = { controlOperations: ['script-answers', 'seed-records', 'read-records'], permission: {} };
    assert.equal(notApplicable(description, seeding), null);
    assert.equal(notApplicable(description, platformSide), null);
  });
});
