'use strict';
// The reference behaviour served by the Node host, over the protocol (docs/reference-runtime.md is its contract).
const test = require('node:test');
const assert = require('node:assert/strict');
const { startHost } = require('../testing/helpers');

test('reference host', async (t) => {
  const host = await startHost();
  t.after(host.stop);

  await t.test('should_answer_identity_with_every_control_operation_when_asked_for_the_target', async () => {
    // GIVEN / WHEN
    const answer = await host.call('GET', '/v1/target');
    // THEN
    assert.equal(answer.protocol, 'scopekit-target/1');
    assert.equal(answer.identity.name, 'node-host');
    assert.deepEqual(answer.controlOperations, ['script-answers', 'seed-records', 'read-records']);
    assert.equal(answer.coverage, undefined); // the reference behaviour covers every platform
  });

  await t.test('should_fail_without_prompt_and_say_auth_deny_when_wechat_minigame_scope_was_denied', async () => {
    // GIVEN
    const s = await host.open('wechat-minigame', null, { appKind: 'mini-game' });
    await s.seed('scope.record', 'denied');
    // WHEN
    const { observation } = await s.perform({ type: 'call-api', api: 'wx.startRecord' });
    // THEN
    assert.equal(observation.outcome, 'fail');
    assert.deepEqual(observation.prompts, []);
    assert.equal(observation.errMsg, 'wx.startRecord:fail auth deny');
  });

  await t.test('should_show_guide_to_settings_when_feishu_scope_was_denied', async () => {
    // GIVEN
    const s = await host.open('feishu-gadget');
    await s.seed('scope.userLocation', 'denied');
    // WHEN
    const { observation } = await s.perform({ type: 'call-api', api: 'startLocationUpdate' });
    // THEN
    assert.equal(observation.outcome, 'fail');
    assert.deepEqual(observation.prompts, [{ kind: 'guide-to-settings', scope: 'scope.userLocation' }]);
  });

  await t.test('should_keep_the_answer_under_scope_album_when_the_port_runs_in_bytedance', async () => {
    // GIVEN
    const s = await host.open('uni-authorize', 'bytedance');
    await s.script('consent', 'allow');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.writePhotosAlbum' });
    const setting = await s.perform({ type: 'get-setting' });
    // THEN
    assert.equal(observation.outcome, 'success');
    assert.deepEqual(observation.prompts, [{ kind: 'consent', scope: 'scope.writePhotosAlbum' }]);
    assert.deepEqual(setting.observation.authSetting, { 'scope.album': true });
    assert.deepEqual((await s.records()).records, { 'scope.album': 'granted' });
  });

  await t.test('should_return_alipay_response_fields_when_authorize_succeeds_on_alipay', async () => {
    // GIVEN
    const s = await host.open('uni-authorize', 'alipay');
    await s.script('consent', 'allow');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN
    assert.deepEqual(Object.keys(observation.response).sort(), ['authCode', 'authErrorScopes', 'authSuccessScopes']);
    assert.deepEqual(observation.response.authSuccessScopes, ['scope.camera']);
  });

  await t.test('should_answer_unscripted_prompt_error_when_no_answer_is_scripted', async () => {
    // GIVEN
    const s = await host.open('wechat-miniprogram');
    // WHEN
    const answer = await s.perform({ type: 'call-api', api: 'wx.getLocation' });
    // THEN
    assert.equal(answer.error.kind, 'unscripted-prompt');
    assert.match(answer.error.message, /consent/);
  });

  await t.test('should_answer_a_target_error_naming_valid_platforms_when_the_platform_is_unknown', async () => {
    // GIVEN / WHEN
    const answer = await host.open('no-such-platform');
    // THEN
    assert.equal(answer.error.kind, 'unsupported-action');
    assert.match(answer.error.message, /unknown platform 'no-such-platform' \(expected one of: .*wechat-miniprogram/);
  });

  await t.test('should_answer_an_internal_error_when_the_protocol_version_is_unknown', async () => {
    // GIVEN / WHEN
    const r = await fetch(`${host.base}/v1/sessions`, { method: 'POST', body: JSON.stringify({ protocol: 'scopekit-target/9', config: {} }) });
    const answer = await r.json();
    // THEN
    assert.equal(r.status, 200);
    assert.equal(answer.error.kind, 'internal');
    assert.match(answer.error.message, /protocol: expected "scopekit-target\/1"/);
  });

  await t.test('should_forget_local_records_on_reinstall_when_bytedance_keeps_them_on_the_device', async () => {
    // GIVEN
    const s = await host.open('bytedance');
    await s.seed('scope.camera', 'granted');
    // WHEN
    await s.perform({ type: 'reinstall' });
    // THEN
    assert.deepEqual((await s.records()).records, {});
  });
});
