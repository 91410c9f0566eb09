import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { findProxy, skipReason, startProxy, startSilentDns, type ProxyKind } from '../harness/index.js';
import { writeFiles } from './run-table.js';

/**
 * Loading a config never waits on DNS. The proxies check a config with 20 cluster DNS backends
 * while every resolver they could ask (--resolver, and /etc/resolv.conf through a private mount
 * namespace where `unshare` allows one) drops queries. A start-up lookup per name would take
 * 5-10 s each (libc's timeout and retries), minutes in all, so the check is bounded at 90 s: this
 * asserts that it completed, not how fast. Then each proxy is started and must listen within 60 s.
 */

const SERVICES = 20;
const ingress = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: many\n  namespace: shop\nspec:\n  rules:\n  - host: dns.test\n    http:\n      paths:\n${Array.from(
  { length: SERVICES },
  (_, i) => `      - path: /s${i}\n        pathType: Prefix\n        backend:\n          service:\n            name: web-${i}\n            port:\n              number: 80\n`,
).join('')}`;

const CHECK: Record<ProxyKind, (bin: string, dir: string) => string[]> = {
  // `user root`: in a user namespace only root is mapped, and nginx would chown its temp dirs to nobody.
  nginx: (bin, dir) => [bin, '-t', '-q', '-p', `${dir}/`, '-c', 'nginx.conf', '-e', join(dir, 'error.log'), '-g', 'daemon off; user root;'],
  haproxy: (bin, dir) => [bin, '-c', '-f', join(dir, 'haproxy.cfg')],
  envoy: (bin, dir) => [bin, '--mode', 'validate', '-c', join(dir, 'envoy.json'), '--log-level', 'error', '--disable-hot-restart'],
  caddy: (bin, dir) => ['env', `XDG_DATA_HOME=${join(dir, 'caddy-data')}`, `XDG_CONFIG_HOME=${join(dir, 'caddy-config')}`, bin, 'validate', '--config', join(dir, 'caddy.json')],
};

/** Runs `argv` with /etc/resolv.conf replaced by `resolvConf` when a private mount namespace is available. */
function runWithResolvConf(argv: string[], resolvConf: string | undefined): ReturnType<typeof spawnSync> {
  const timeout = 90_000;
  if (resolvConf && spawnSync('unshare', ['-rm', 'true']).status === 0)
    return spawnSync('unshare', ['-rm', 'sh', '-c', 'mount --bind "$0" /etc/resolv.conf && exec "$@"', resolvConf, ...argv], { encoding: 'utf8', timeout });
  return spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', timeout });
}

for (const kind of ['nginx', 'haproxy', 'envoy', 'caddy'] as const) {
  test(`${kind} checks a config of cluster DNS names while the resolver drops every query`, { skip: skipReason(kind) }, async () => {
    const dns = await startSilentDns();
    const dir = mkdtempSync(join(tmpdir(), `ingressc-dns-silent-${kind}-`));
    try {
      const resolver = dns.port === 53 ? dns.host : `${dns.host}:${dns.port}`;
      const r = compile([{ path: 'many.yaml', text: ingress }], { target: kind, listenHttp: '127.0.0.1:18081', listenHttps: '127.0.0.1:18444', resolver });
      assert.ok(r.ok, JSON.stringify(r.diagnostics));
      assert.equal(r.files.filter((f) => f.content.includes('web-7.shop.svc.cluster.local')).length, 1, 'the backends are cluster DNS names');
      writeFiles(dir, r.files);
      let resolvConf: string | undefined;
      if (dns.port === 53) writeFileSync((resolvConf = join(dir, 'resolv.conf')), `nameserver ${dns.host}\n`);
      const run = runWithResolvConf(CHECK[kind](findProxy(kind)!, dir), resolvConf);
      assert.equal(run.error, undefined, `${kind} did not finish within 90 s: ${String(run.error)}`);
      assert.equal(run.signal, null, `${kind} was killed (${run.signal}): still waiting on DNS?`);
      assert.equal(run.status, 0, `${kind} refused the config:\n${String(run.stderr).slice(0, 2000)}`);
      // And it starts listening without waiting for an answer (Envoy's STRICT_DNS clusters would
      // otherwise hold the listeners back until the first resolution gives up).
      const proxy = await startProxy({
        kind,
        readyTimeoutMs: 60_000,
        build: (ports, out) => {
          const c = compile([{ path: 'many.yaml', text: ingress }], { target: kind, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, resolver });
          assert.ok(c.ok, JSON.stringify(c.diagnostics));
          writeFiles(out, c.files);
        },
      });
      await proxy.stop();
    } finally {
      await dns.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
