'use strict';
// The port runs isolated from the host (issue 24, items 2, 7, 9, 12): its own process under Node's permission
// model, a node:vm context per container with nothing but the container globals, a watchdog on every call, and an
// address the kit reads from a private file with a nonce the host echoes. The tests that start a host process are
// bounded (`timeout`) so that a host that never gets ready fails them instead of waiting for ever.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { startHost } = require('../testing/helpers');

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const HOST = path.resolve(__dirname, '..', 'bin', 'scopekit-node-host.js');

function processesWith(text) {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(text) && !l.includes('ps -eo')).map((l) => Number(l.trim().split(/\s+/)[0]));
}

test('should_write_the_true_address_and_echo_the_nonce_when_the_port_rewrites_stdout_while_loading', { timeout: 120000 }, async (t) => {
  // GIVEN the host started as the kit starts it, with a port that tries to replace the address line
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scopekit-isolation-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const readyFile = path.join(dir, 'ready.json');
  const host = spawn(process.execPath, [HOST, '--port', '0', '--exit-with-stdin', '--ready-file', readyFile, '--nonce', 'n-0123', '--port-module', path.join(FIXTURES, 'hijack-port')], { stdio: ['pipe', 'pipe', 'pipe'] });
  t.after(() => host.kill('SIGKILL'));
  let stdout = '';
  host.stdout.on('data', (c) => { stdout += c; });
  // WHEN
  while (!fs.existsSync(readyFile)) await new Promise((r) => setTimeout(r, 50));
  const ready = JSON.parse(fs.readFileSync(readyFile, 'utf8'));
  const identity = await (await fetch(`${ready.url}/v1/target`)).json();
  // THEN the port saw no `require` of Node's modules, so the line is the host's, and the host echoes the nonce
  assert.equal(identity.nonce, 'n-0123');
  assert.equal(identity.port.package, 'hijack-port@6.6.6');
  while (!stdout.includes('\n')) await new Promise((r) => setTimeout(r, 20));
  assert.equal(JSON.parse(stdout.split('\n')[0]).url, ready.url);
  host.stdin.end();
  await new Promise((r) => host.on('exit', r));
});

test('should_keep_etc_passwd_out_and_start_no_process_when_the_port_snoops', async (t) => {
  // GIVEN
  const host = await startHost({ portModule: path.join(FIXTURES, 'snooping-port') });
  t.after(host.stop);
  const s = await host.open('uni-authorize', 'wechat');
  await s.script('consent', 'deny');
  // WHEN
  const { observation } = await s.perform({ type: 'authorize', scope: 'scope.camera' });
  // THEN the port could reach neither fs nor child_process, and behaved as a port that has none
  assert.equal(observation.outcome, 'fail');
  assert.equal(observation.errMsg, 'authorize:fail auth deny');
  assert.deepEqual(processesWith('scopekit-snooping-port-child'), []);
});

test('should_answer_a_target_error_and_serve_the_next_call_when_authorize_spins', async (t) => {
  // GIVEN a port that spins for scope.camera in kuaishou
  const notes = [];
  const host = await startHost({ portModule: path.join(FIXTURES, 'busy-port'), callTimeoutMs: 1500, log: (l) => notes.push(l) });
  t.after(host.stop);
  const s = await host.open('uni-authorize', 'kuaishou');
  await s.script('consent', 'allow');
  // WHEN
  const spinning = await s.perform({ type: 'authorize', scope: 'scope.camera' });
  const next = await s.perform({ type: 'authorize', scope: 'scope.record' });
  // THEN
  assert.equal(spinning.error.kind, 'internal');
  assert.match(spinning.error.message, /the port's authorize\(\{scope: 'scope.camera'\}\) did not finish within 1500ms in the kuaishou container/);
  assert.match(notes.join('\n'), /did not finish within 1500ms in the kuaishou container; the host stopped its process/);
  assert.equal(next.observation.outcome, 'success');
  assert.deepEqual(next.observation.portRun.nativeCalls.map((c) => c.api), ['ks.authorize']);
});

test('should_report_a_load_error_per_container_when_the_port_exits_or_spins_while_loading', async (t) => {
  for (const fixture of ['exiting-port', 'spinning-load-port']) {
    await t.test(fixture, async () => {
      // GIVEN / WHEN
      const host = await startHost({ portModule: path.join(FIXTURES, fixture), loadTimeoutMs: 1000 });
      try {
        const identity = await host.call('GET', '/v1/target');
        // THEN
        assert.deepEqual(Object.keys(identity.port.loadErrors).sort(), ['alipay', 'baidu', 'bytedance', 'feishu', 'kuaishou', 'wechat']);
        for (const [container, error] of Object.entries(identity.port.loadErrors)) {
          assert.match(error.message, new RegExp(`(threw while loading|did not finish loading within 1s) in the ${container} container`));
        }
      } finally {
        await host.stop();
      }
    });
  }
});

test('should_leave_no_port_process_when_the_host_is_killed_during_a_spinning_call', { timeout: 120000 }, async (t) => {
  // GIVEN a host whose port spins in every authorize, one call running
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scopekit-isolation-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const port = path.join(dir, `spinning-port-${process.pid}`);
  fs.cpSync(path.join(FIXTURES, 'spinning-port'), port, { recursive: true });
  const readyFile = path.join(dir, 'ready.json');
  const host = spawn(process.execPath, [HOST, '--port', '0', '--ready-file', readyFile, '--call-timeout-ms', '60000', '--port-module', port], { stdio: 'ignore' });
  while (!fs.existsSync(readyFile)) await new Promise((r) => setTimeout(r, 50));
  const { url } = JSON.parse(fs.readFileSync(readyFile, 'utf8'));
  const body = (o) => JSON.stringify({ protocol: 'scopekit-target/1', ...o });
  const opened = await (await fetch(`${url}/v1/sessions`, { method: 'POST', body: body({ config: { platform: 'uni-authorize', container: 'wechat', appKind: 'mini-program', app: 'a', user: 'u', device: 'd' } }) })).json();
  fetch(`${url}/v1/sessions/${opened.session}/actions`, { method: 'POST', body: body({ action: { type: 'authorize', scope: 'scope.camera' } }) }).catch(() => {});
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(processesWith(port).length, 2, 'the host and the port process');
  // WHEN
  host.kill('SIGTERM');
  await new Promise((r) => host.on('exit', r));
  // THEN
  for (let i = 0; i < 20 && processesWith(port).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(processesWith(port), []);
});
