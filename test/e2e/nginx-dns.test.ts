import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { startDns } from '../harness/dns.js';
import { send, skipReason, startEcho, startProxy } from '../harness/index.js';
import { writeFiles } from './run-table.js';

/**
 * Cluster DNS names are resolved at request time by nginx and Caddy (so `nginx -t` and `caddy
 * validate` pass where they do not resolve): point --resolver at a loopback DNS responder and
 * watch the query arrive only once a request is proxied.
 */
const RESOLVED_AT_REQUEST: Record<'nginx' | 'caddy', RegExp> = {
  nginx: /set \$ingressc_backend "web.shop.svc.cluster.local:[0-9]+";\n\s*proxy_pass http:\/\/\$ingressc_backend;/,
  caddy: /"dial":"web.shop.svc.cluster.local:[0-9]+"\}\][^\n]*"resolver":\{"addresses":\["127.0.0.1:[0-9]+"\]\}/,
};
for (const kind of ['nginx', 'caddy'] as const) {
  test(`${kind} resolves <svc>.<ns>.svc.cluster.local at request time through --resolver`, { skip: skipReason(kind) }, async () => {
    const echo = await startEcho('dns-svc');
    const dns = await startDns();
    try {
      const ingress = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: dns\n  namespace: shop\nspec:\n  rules:\n  - host: dns.test\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: web\n            port:\n              number: ${echo.port}\n`;
      const proxy = await startProxy({
        kind,
        build: (ports, dir) => {
          const r = compile([{ path: 'dns.yaml', text: ingress }], { target: kind, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, resolver: `127.0.0.1:${dns.port}` });
          assert.ok(r.ok, JSON.stringify(r.diagnostics));
          assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info' && /resolver/.test(d.message)), [], 'the resolver is applied, not reported as ignored');
          // Caddy's JSON without the writer's line breaks, so the pattern can span an upstream and its transport.
          const text = kind === 'caddy' ? JSON.stringify(JSON.parse(r.files[0]!.content)) : r.files[0]!.content;
          assert.match(text, RESOLVED_AT_REQUEST[kind]);
          writeFiles(dir, r.files);
        },
      });
      try {
        assert.equal(dns.queries.length, 0, 'nothing is resolved at start-up');
        const reply = await send({ port: proxy.ports.http, host: 'dns.test', path: '/cart?x=1' });
        assert.equal(reply.status, 200, proxy.logs());
        assert.equal(reply.json?.service, 'dns-svc');
        assert.equal(reply.json?.path, '/cart?x=1');
        assert.ok(dns.queries.includes('web.shop.svc.cluster.local'), JSON.stringify(dns.queries));
      } finally {
        await proxy.stop();
      }
    } finally {
      await dns.close();
      await echo.close();
    }
  });
}

/**
 * An ExternalName Service stands for a DNS name outside the cluster: the Ingress proxies to
 * `externalName` on the port it names (ingress-nginx does the same), resolved at request time.
 */
test('an ExternalName Service backend proxies to its externalName on the Ingress port', { skip: skipReason('nginx') }, async () => {
  const echo = await startEcho('external');
  const dns = await startDns();
  try {
    const ingress = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ext\n  namespace: shop\nspec:\n  rules:\n  - host: ext.test\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: legacy\n            port:\n              number: ${echo.port}\n`;
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: legacy\n  namespace: shop\nspec:\n  type: ExternalName\n  externalName: legacy.example.org.\n';
    const proxy = await startProxy({
      kind: 'nginx',
      build: (ports, dir) => {
        const r = compile([{ path: 'ext.yaml', text: `${ingress}---\n${service}` }], { target: 'nginx', listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, resolver: `127.0.0.1:${dns.port}` });
        assert.ok(r.ok, JSON.stringify(r.diagnostics));
        writeFiles(dir, r.files);
      },
    });
    try {
      const reply = await send({ port: proxy.ports.http, host: 'ext.test', path: '/old' });
      assert.equal(reply.status, 200, proxy.logs());
      assert.equal(reply.json?.service, 'external');
      assert.ok(dns.queries.includes('legacy.example.org'), JSON.stringify(dns.queries));
      assert.ok(!dns.queries.some((q) => q.endsWith('.svc.cluster.local')), JSON.stringify(dns.queries));
    } finally {
      await proxy.stop();
    }
  } finally {
    await dns.close();
    await echo.close();
  }
});
