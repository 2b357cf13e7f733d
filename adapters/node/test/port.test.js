'use strict';
// Port hosting: @uni/apis 1.1.13 (the devDependency pinned in package-lock.json) and two faulty fixture ports, in
// the simulated containers. What is asserted here is the host's evidence (native calls, callbacks, Promise); the
// kit's verdict on the port is pinned by the Java certification test.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startHost } = require('../testing/helpers');

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

test('@uni/apis 1.1.13 in the five containers', async (t) => {
  const host = await startHost({ portModule: '@uni/apis' });
  t.after(host.stop);

  await t.test('should_load_in_every_container_when_the_globals_are_set_before_loading', async () => {
    // GIVEN / WHEN
    const answer = await host.call('GET', '/v1/target');
    // THEN
    assert.deepEqual(answer.port, { package: '@uni/apis@1.1.13', loadErrors: {} });
  });

  await t.test('should_declare_the_port_matrix_and_each_loaded_containers_platform_when_a_port_is_hosted', async () => {
    // GIVEN / WHEN
    const answer = await host.call('GET', '/v1/target');
    // THEN judged by its port matrix and, in each container it loaded in, by that container's own platform
    assert.deepEqual(answer.coverage, { platforms: ['alipay', 'baidu', 'bytedance', 'feishu-gadget', 'kuaishou', 'uni-authorize', 'wechat-miniprogram'] });
  });

  await t.test('should_judge_the_port_by_the_containers_own_platform_when_a_session_names_it', async () => {
    // GIVEN a session of bytedance's own platform (no container named: the host picks bytedance's)
    const s = await host.open('bytedance');
    await s.script('consent', 'allow');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN the port's authorize ran in the bytedance container, on tt
    assert.equal(observation.portRun.path, 'port');
    assert.deepEqual(observation.portRun.nativeCalls.map((c) => c.api), ['tt.authorize']);
  });

  const cases = [
    ['alipay', 'scope.userInfo', 'my.getAuthCode', { scopes: 'auth_user' }],
    ['alipay', 'scope.camera', 'my.showAuthGuide', { authType: 'CAMERA' }],
    ['wechat', 'scope.writePhotosAlbum', 'wx.authorize', { scope: 'scope.writePhotosAlbum' }],
    ['bytedance', 'scope.writePhotosAlbum', 'tt.authorize', { scope: 'scope.album' }],
    ['baidu', 'scope.record', 'swan.authorize', { scope: 'scope.record' }],
    ['kuaishou', 'scope.camera', 'ks.authorize', { scope: 'scope.camera' }],
  ];
  for (const [container, scope, api, args] of cases) {
    await t.test(`should_call_${api}_with_${JSON.stringify(args)}_when_authorize_asks_for_${scope}_in_${container}`, async () => {
      // GIVEN
      const s = await host.open('uni-authorize', container);
      await s.script('consent', 'allow');
      // WHEN
      const { observation } = await s.perform({ type: 'authorize', scope });
      // THEN
      assert.equal(observation.portRun.nativeCalls.length, 1);
      const call = observation.portRun.nativeCalls[0];
      assert.equal(call.api, api);
      for (const [k, v] of Object.entries(args)) assert.deepEqual(call.args[k], v);
      assert.deepEqual(observation.portRun.callbacks, { success: 1, fail: 0, complete: 1 });
      assert.equal(observation.portRun.promise, 'resolved');
    });
  }

  await t.test('should_reject_the_promise_and_run_fail_once_when_the_user_denies_in_wechat', async () => {
    // GIVEN
    const s = await host.open('uni-authorize', 'wechat');
    await s.script('consent', 'deny');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
    // THEN
    assert.equal(observation.outcome, 'fail');
    assert.deepEqual(observation.portRun.callbacks, { success: 0, fail: 1, complete: 1 });
    assert.equal(observation.portRun.promise, 'rejected');
    assert.equal(observation.errMsg, 'authorize:fail auth deny');
  });

  await t.test('should_pass_alipay_auth_code_fields_through_when_get_auth_code_succeeds', async () => {
    // GIVEN
    const s = await host.open('uni-authorize', 'alipay');
    await s.script('consent', 'allow');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize', scope: 'auth_zhima' });
    // THEN
    assert.equal(observation.outcome, 'success');
    assert.deepEqual(observation.response.authSuccessScopes, ['auth_zhima']);
    assert.match(observation.response.authCode, /^node-host-auth-code-\d+$/);
  });

  await t.test('should_ask_the_native_container_for_auth_base_when_no_scope_is_given_in_wechat', async () => {
    // GIVEN
    const s = await host.open('uni-authorize', 'wechat');
    // WHEN
    const { observation } = await s.perform({ type: 'authorize' });
    // THEN: @uni/apis fills in scope 'auth_base' (its common.js default), which WeChat does not know
    assert.deepEqual(observation.portRun.nativeCalls.map((c) => [c.api, c.args.scope]), [['wx.authorize', 'auth_base']]);
    assert.equal(observation.outcome, 'fail');
  });

  await t.test('should_prompt_for_auth_user_when_a_scope_the_matrix_marks_unsupported_is_asked_on_alipay', async () => {
    // GIVEN: scope.userLocation is not supported on alipay (seed 002 scope 列表)
    const s = await host.open('uni-authorize', 'alipay');
    // WHEN
    const answer = await s.perform({ type: 'authorize', scope: 'scope.userLocation' });
    // THEN: the port asks Alipay for auth_user instead of failing; the prompt nobody scripted is the evidence
    assert.equal(answer.error.kind, 'unscripted-prompt');
    assert.match(answer.error.message, /my\.getAuthCode.*auth_user/);
  });
});

test('faulty ports', async (t) => {
  await t.test('should_report_the_stack_and_refuse_sessions_when_the_port_throws_while_loading', async () => {
    // GIVEN
    const host = await startHost({ portModule: path.join(FIXTURES, 'throwing-port') });
    try {
      // WHEN
      const identity = await host.call('GET', '/v1/target');
      const opened = await host.open('uni-authorize', 'wechat');
      // THEN
      const error = identity.port.loadErrors.wechat;
      assert.match(error.message, /threw while loading in the wechat container: cannot initialise: missing native bridge/);
      assert.match(error.stack, /brokenInitialisation .*throwing-port[\\/]index\.js:4/);
      assert.equal(opened.error.kind, 'internal');
    } finally {
      await host.stop();
    }
  });

  await t.test('should_count_two_successes_and_no_complete_when_the_port_calls_back_twice', async () => {
    // GIVEN
    const host = await startHost({ portModule: path.join(FIXTURES, 'double-callback-port', 'index.js') });
    try {
      const s = await host.open('uni-authorize', 'kuaishou');
      await s.script('consent', 'allow');
      // WHEN
      const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
      // THEN
      assert.deepEqual(observation.portRun.callbacks, { success: 2, fail: 0, complete: 0 });
      assert.equal(observation.portRun.promise, 'none');
    } finally {
      await host.stop();
    }
  });
});
