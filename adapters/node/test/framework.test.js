'use strict';
// Framework ports bundled from their manifests (issue 22, items 1 and 5): Taro 4.2.1 with its platform plugins, the
// packages pinned by package-lock.json, in the six containers, judged by each container's own platform.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startHost } = require('../testing/helpers');
const { readManifest, bundleAll, readProfile } = require('../src/bundle');

const ROOT = path.resolve(__dirname, '..');

function bundled(name) {
  const manifest = readManifest(path.join(ROOT, 'manifests', `${name}.json`));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scopekit-bundle-test-'));
  const entries = {};
  const errors = {};
  for (const [c, b] of Object.entries(bundleAll(manifest, ROOT, dir))) {
    if (b.file) entries[c] = b.file;
    else errors[c] = b.error;
  }
  return { identity: `${manifest.framework}@${manifest.version}`, dir, entries, errors, framework: manifest.framework, profile: readProfile(manifest.profile) };
}

test('Taro 4.2.1 in the six containers', async (t) => {
  const bundle = bundled('taro@4.2.1');
  const host = await startHost({ bundle });
  t.after(async () => { await host.stop(); fs.rmSync(bundle.dir, { recursive: true, force: true }); });

  await t.test('should_load_in_every_container_when_bundled_from_its_manifest', async () => {
    // GIVEN / WHEN
    const identity = await host.call('GET', '/v1/target');
    // THEN
    assert.deepEqual(identity.port, { package: 'taro@4.2.1', loadErrors: {} });
    assert.deepEqual(identity.coverage.platforms, ['alipay', 'baidu', 'bytedance', 'feishu-gadget', 'kuaishou', 'wechat-miniprogram']);
  });

  await t.test('should_pass_wx_authorize_through_when_taro_authorize_is_called_on_wechat', async () => {
    // GIVEN
    const s = await host.open('wechat-miniprogram');
    await s.script('consent', 'deny');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN
    assert.equal(observation.outcome, 'fail');
    assert.deepEqual(observation.portRun.nativeCalls.map((c) => c.api), ['wx.authorize']);
    assert.deepEqual(observation.portRun.callbacks, { success: 0, fail: 1, complete: 1 });
    assert.equal(observation.portRun.promiseForm, 'rejected');
    assert.equal(observation.portRun.path, 'port');
  });

  await t.test('should_answer_documented_unsupported_when_alipay_asks_ahead_through_taro', async () => {
    // GIVEN Alipay has no my.authorize, so its own platform asks ahead with getAuthCode; Taro documents no getAuthCode,
    // and Taro.login (which its Alipay plugin maps my.getAuthCode to, in code only) does not list 支付宝小程序
    const s = await host.open('alipay');
    // WHEN
    const answer = await s.perform({ type: 'authorize', scope: 'auth_base' });
    // THEN the answer is unsupported, citing Taro's page, and the certificate's list names it
    assert.equal(answer.error.kind, 'unsupported-action');
    assert.match(answer.error.message, /^documented unsupported: taro@4\.2\.1 does not support getAuthCode in the alipay container .*docs\.taro\.zone\/docs\/apis\/open-api\/login\/ §支持情况/);
    const listed = await host.call('GET', '/v1/port/differences');
    assert.deepEqual(listed.documentedUnsupported.map((u) => [u.container, u.api, u.source.section]), [['alipay', 'getAuthCode', '支持情况']]);
  });

  await t.test('should_answer_documented_unsupported_when_baidu_calls_open_setting_through_taro', async () => {
    // GIVEN Taro.openSetting's 支持情况 lists 微信小程序 and 抖音小程序 only
    const s = await host.open('baidu');
    // WHEN
    const answer = await s.perform({ type: 'open-setting' });
    // THEN
    assert.equal(answer.error.kind, 'unsupported-action');
    assert.match(answer.error.message, /^documented unsupported: taro@4\.2\.1 does not support openSetting in the baidu container/);
  });

  await t.test('should_run_get_setting_through_taro_when_its_page_lists_the_platform', async () => {
    // GIVEN Taro.getSetting's 支持情况 lists 百度小程序
    const s = await host.open('baidu');
    // WHEN
    const { observation } = await s.perform({ type: 'get-setting' });
    // THEN it is judged through the port, not answered unsupported
    assert.equal(observation.portRun.path, 'port');
    assert.deepEqual(observation.portRun.nativeCalls.map((c) => c.api), ['swan.getSetting']);
  });

  await t.test('should_use_tt_when_the_container_is_feishu', async () => {
    // GIVEN
    const s = await host.open('feishu-gadget');
    await s.script('consent', 'allow');
    // WHEN
    const { observation } = await s.perform({ type: 'get-setting' });
    // THEN
    assert.equal(observation.portRun.path, 'port');
    assert.deepEqual(observation.portRun.nativeCalls.map((c) => c.api), ['tt.getSetting']);
  });
});

test('uni-app 3.0.0-alpha-5000920260515001 and 2.0.0 in the containers', async (t) => {
  const three = bundled('uni-app@3.0.0-alpha-5000920260515001');
  const two = bundled('uni-app@2.0.0');
  const host3 = await startHost({ bundle: three });
  const host2 = await startHost({ bundle: two });
  t.after(async () => {
    await host3.stop();
    await host2.stop();
    for (const b of [three, two]) fs.rmSync(b.dir, { recursive: true, force: true });
  });

  await t.test('should_load_uni_app_3_in_the_six_containers_and_uni_app_2_in_five_when_no_lark_2_0_0_exists', async () => {
    // GIVEN / WHEN
    const t3 = await host3.call('GET', '/v1/target');
    const t2 = await host2.call('GET', '/v1/target');
    // THEN
    assert.deepEqual(t3.port.loadErrors, {});
    assert.deepEqual(Object.keys(t2.port.loadErrors), ['feishu']);
  });

  await t.test('should_return_no_promise_with_callbacks_and_reject_the_promise_form_when_uni_app_3_is_denied', async () => {
    // GIVEN
    const s = await host3.open('wechat-miniprogram');
    await s.script('consent', 'deny');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN seed 002 §示例's two forms, as uni-app's API Promise 化 describes them: no Promise when a callback is given
    assert.deepEqual(observation.portRun.callbacks, { success: 0, fail: 1, complete: 1 });
    assert.equal(observation.portRun.promise, 'none');
    assert.equal(observation.portRun.promiseForm, 'rejected');
  });

  await t.test('should_answer_documented_unsupported_when_kuaishou_calls_choose_location_through_uni_app', async () => {
    // GIVEN uni.chooseLocation's 平台差异说明 marks 快手小程序 x
    const s = await host3.open('kuaishou');
    // WHEN
    const answer = await s.perform({ type: 'call-api', api: 'ks.chooseLocation' });
    // THEN
    assert.equal(answer.error.kind, 'unsupported-action');
    assert.match(answer.error.message, /^documented unsupported: uni-app@3\.0\.0-alpha-5000920260515001 does not support chooseLocation in the kuaishou container \(marked-not-supported; https:\/\/uniapp\.dcloud\.net\.cn\/api\/location\/location\.html/);
  });

  await t.test('should_read_err_res_as_a_rejection_when_uni_app_2_resolves_with_an_error_first', async () => {
    // GIVEN
    const s = await host2.open('baidu');
    await s.script('consent', 'deny');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN the Promise resolved with [err, undefined]; the uni-app-2 profile reads it as rejected with err
    const evidence = observation.portRun.promiseFormEvidence;
    assert.equal(evidence.convention, 'err-res-tuple');
    assert.equal(Array.isArray(evidence.raw), true);
    assert.equal(observation.portRun.promiseForm, 'rejected');
  });
});

test('bundles cached by content key', async (t) => {
  const { cachedBundleAll } = require('../src/bundle');
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'scopekit-cache-test-'));
  t.after(() => fs.rmSync(cache, { recursive: true, force: true }));
  const file = path.join(ROOT, 'manifests', 'uni-app@3.0.0-alpha-5000920260515001.json');
  const text = fs.readFileSync(file, 'utf8');
  const manifest = readManifest(file);

  await t.test('should_reuse_the_bundles_when_the_content_key_is_unchanged', () => {
    // GIVEN a first run that bundled into the cache
    const first = cachedBundleAll(text, manifest, ROOT, cache);
    // WHEN a second run bundles the same manifest with the same packages
    const second = cachedBundleAll(text, manifest, ROOT, cache);
    // THEN it takes the first run's files, each container's, and builds nothing
    assert.equal(first.hit, false);
    assert.equal(second.hit, true);
    assert.equal(second.dir, first.dir);
    assert.deepEqual(Object.keys(second.result).sort(), ['alipay', 'baidu', 'bytedance', 'feishu', 'kuaishou', 'wechat']);
    for (const b of Object.values(second.result)) assert.equal(fs.existsSync(b.file), true);
  });

  await t.test('should_bundle_again_under_a_new_key_when_the_manifest_changes', () => {
    // GIVEN the cached entry of the unchanged manifest
    const before = cachedBundleAll(text, manifest, ROOT, cache);
    // WHEN one define of the manifest changes
    const changed = { ...manifest, define: { ...(manifest.define || {}), SCOPEKIT_TEST_DEFINE: 'changed' } };
    const after = cachedBundleAll(JSON.stringify(changed), changed, ROOT, cache);
    // THEN a new entry is built beside the old one
    assert.equal(after.hit, false);
    assert.notEqual(after.dir, before.dir);
    assert.equal(fs.existsSync(before.dir), true);
  });
});
