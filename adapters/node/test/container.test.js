'use strict';
// The containers as their specs describe them (issue 22, item 1), every client action through the port when it
// exports one (item 2), the callback and Promise forms as separate calls (issue 20, item 10) and the differential
// check of the transparency contract (item 3), on small fixture ports and on @uni/apis 1.1.13.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startHost } = require('../testing/helpers');

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

test('containers as their specs describe them', async (t) => {
  const host = await startHost({ portModule: path.join(FIXTURES, 'probe-port', 'index.js') });
  t.after(host.stop);
  const probe = async (platform, container) => {
    const s = await host.open(platform, container);
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    return observation.response;
  };

  await t.test('should_leave_my_authorize_undefined_when_the_alipay_spec_lists_it_absent', async () => {
    // GIVEN the Alipay spec's container.absent names my.authorize
    // WHEN
    const seen = await probe('uni-authorize', 'alipay');
    // THEN
    assert.equal(seen.global, 'my');
    assert.equal(seen.authorize, 'undefined');
    assert.equal(seen.canIUseAuthorize, false);
    assert.equal(seen.canIUseGetSetting, true);
  });

  await t.test('should_give_wx_authorize_and_can_i_use_when_the_container_is_wechat', async () => {
    // GIVEN / WHEN
    const seen = await probe('uni-authorize', 'wechat');
    // THEN
    assert.equal(seen.authorize, 'function');
    assert.equal(seen.canIUseAuthorize, true);
  });

  await t.test('should_give_the_framework_globals_when_a_framework_loads', async () => {
    // GIVEN / WHEN
    const alipay = await probe('uni-authorize', 'alipay');
    const baidu = await probe('uni-authorize', 'baidu');
    // THEN App, Page, Component, getApp, getCurrentPages everywhere; a navigator only where a framework reads one
    assert.equal(alipay.frameworkGlobals, 'function,function,function,function,function');
    assert.equal(alipay.pages, 0);
    assert.equal(alipay.navigator, 'object');
    assert.equal(baidu.navigator, 'undefined');
  });

  await t.test('should_run_the_port_in_a_feishu_container_with_tt_when_the_session_names_feishu_gadget', async () => {
    // GIVEN / WHEN
    const seen = await probe('feishu-gadget', 'feishu');
    // THEN
    assert.equal(seen.global, 'tt');
    assert.equal(seen.authorize, 'function');
  });

  await t.test('should_refuse_a_container_when_it_plays_another_platform', async () => {
    // GIVEN / WHEN
    const opened = await host.call('POST', '/v1/sessions', { config: { platform: 'feishu-gadget', container: 'wechat', appKind: 'mini-program', app: 'a', user: 'u', device: 'd' } });
    // THEN
    assert.equal(opened.error.kind, 'unsupported-action');
    assert.match(opened.error.message, /the wechat container plays wechat-miniprogram, not feishu-gadget/);
  });
});

test('alipay failures as the alipay spec shapes them', async (t) => {
  const host = await startHost({ portModule: '@uni/apis' });
  t.after(host.stop);

  await t.test('should_carry_error_and_error_message_and_no_err_msg_when_get_auth_code_fails_on_alipay', async () => {
    // GIVEN
    const s = await host.open('uni-authorize', 'alipay');
    await s.script('consent', 'deny');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.userInfo' });
    // THEN the container's own answer (evidence of the native call) has Alipay's failure fields
    const answer = observation.portRun.nativeCalls[0].answer;
    assert.equal(answer.ok, false);
    assert.equal(answer.res.error, 11);
    assert.equal(typeof answer.res.errorMessage, 'string');
    assert.equal('errMsg' in answer.res, false);
    assert.deepEqual(Object.keys(answer.res).sort(), ['authErrorScopes', 'error', 'errorMessage']);
  });
});

test('client actions through the port, each form in its own call', async (t) => {
  const host = await startHost({ portModule: path.join(FIXTURES, 'settings-port', 'index.js') });
  t.after(host.stop);

  await t.test('should_call_the_ports_get_setting_when_the_port_exports_one', async () => {
    // GIVEN
    const s = await host.open('uni-authorize', 'wechat');
    await s.seed('scope.camera', 'granted');
    // WHEN
    const { observation } = await s.perform({ type: 'get-setting' });
    // THEN
    assert.equal(observation.portRun.path, 'port');
    assert.deepEqual(observation.portRun.nativeCalls.map((c) => c.api), ['wx.getSetting']);
    assert.equal(observation.outcome, 'success');
    assert.equal(observation.authSetting['scope.camera'], true);
  });

  await t.test('should_settle_the_promise_form_and_return_none_in_the_callback_form_when_the_port_promisifies_like_uni_app', async () => {
    // GIVEN
    const s = await host.open('uni-authorize', 'wechat');
    await s.script('consent', 'deny');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN the callback form returned no Promise; the separate Promise-form call, from the same world, rejected
    assert.deepEqual(observation.portRun.callbacks, { success: 0, fail: 1, complete: 1 });
    assert.equal(observation.portRun.promise, 'none');
    assert.equal(observation.portRun.promiseForm, 'rejected');
    assert.deepEqual(observation.portRun.differences, []);
  });

  await t.test('should_keep_the_callback_forms_records_when_the_promise_form_has_run', async () => {
    // GIVEN
    const s = await host.open('uni-authorize', 'wechat');
    await s.script('consent', 'allow');
    // WHEN
    await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN one answer was scripted and both forms ran on it: the Promise form did not consume it for good
    assert.deepEqual((await s.records()).records, { 'scope.camera': 'granted' });
  });
});

test('the differential check of the transparency contract', async (t) => {
  const host = await startHost({ portModule: path.join(FIXTURES, 'rewriting-port', 'index.js') });
  t.after(host.stop);

  await t.test('should_report_the_rewritten_and_dropped_fields_with_both_values_when_the_port_alters_the_answer', async () => {
    // GIVEN the ByteDance container answers a denial with errMsg "authorize:fail …" and errNo (its tt.authorize page),
    // and the port is judged by ByteDance's own platform
    const s = await host.open('bytedance', 'bytedance');
    await s.script('consent', 'deny');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN
    const d = observation.portRun.differences;
    const native = observation.portRun.nativeCalls[0].answer.res;
    assert.deepEqual(d.find((x) => x.channel === 'callback' && x.field === 'errNo'), { channel: 'callback', field: 'errNo', kind: 'dropped', native: native.errNo, port: null });
    assert.deepEqual(d.find((x) => x.channel === 'callback' && x.field === 'errMsg'), { channel: 'callback', field: 'errMsg', kind: 'rewritten', native: native.errMsg, port: 'authorize:fail' });
    assert.deepEqual(d.find((x) => x.channel === 'promise'), { channel: 'promise', field: '(outcome)', kind: 'rewritten', native: 'rejected', port: 'resolved' });
  });

  await t.test('should_compare_only_the_matrix_response_fields_when_the_port_is_judged_by_a_port_matrix', async () => {
    // GIVEN seed 002 返回 promises a response only in the Alipay container
    const s = await host.open('uni-authorize', 'bytedance');
    await s.script('consent', 'deny');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN the dropped errNo and the rewritten errMsg are not the matrix's fields; the Promise outcome still counts
    assert.deepEqual(observation.portRun.differences, [{ channel: 'promise', field: '(outcome)', kind: 'rewritten', native: 'rejected', port: 'resolved' }]);
  });
});
