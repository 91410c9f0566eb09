import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../harness/proxies.js';
import { compile } from '../../src/index.js';
import { TraefikModel, type Outcome } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';

/** Cookie affinity on Traefik (src/emit/traefik/affinity.ts) through the evaluator. */
const CERT = readFileSync(join(repoRoot(), 'fixtures/cafe/cafe-secret.yaml'), 'utf8');
function model(annotations: Record<string, string>, tls = false): { m: TraefikModel; services: Record<string, unknown> } {
  const ann = Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: "${v}"\n`).join('');
  const text = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: sticky\n  namespace: default\n  annotations:\n${ann}spec:\n${tls ? '  tls:\n  - hosts: ["a.test"]\n    secretName: cafe-secret\n' : ''}  rules:\n  - host: a.test\n    http:\n      paths:\n      - path: /app\n        pathType: Prefix\n        backend:\n          service:\n            name: echo\n            port:\n              number: 80\n      - path: /plain\n        pathType: Prefix\n        backend:\n          service:\n            name: echo\n            port:\n              number: 80\n`;
  const r = compile([{ path: 'in.yaml', text }, ...(tls ? [{ path: 'cert.yaml', text: CERT }] : [])], { target: 'traefik', backends: ['default/echo:80=127.0.0.1:9,127.0.0.1:10'], ...(tls ? { sslRedirect: false } : {}) });
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const out = readOutput(r.files);
  assert.deepEqual(traefikValidator()(out.dynamic), []);
  return { m: new TraefikModel(out.dynamic), services: out.dynamic.http!.services! };
}

const setCookie = (o: Outcome): string | undefined => o.responseHeaders?.['Set-Cookie'];

test('the cookie is set with the Ingress path, HttpOnly, Max-Age, Domain, SameSite; Secure only on HTTPS', () => {
  const { m } = model({ affinity: 'cookie', 'session-cookie-name': 'SERVERID', 'session-cookie-max-age': '172800', 'session-cookie-domain': '.foo.bar', 'session-cookie-samesite': 'Lax' }, true);
  const o = m.route({ host: 'a.test', path: '/app/x' });
  assert.equal(o.kind, 'proxied');
  assert.match(setCookie(o)!, /^SERVERID=[0-9a-f]{16}; Path=\/app; Domain=foo\.bar; Max-Age=172800; HttpOnly; SameSite=Lax$/);
  const s = m.route({ host: 'a.test', path: '/app/x', https: true });
  assert.match(setCookie(s)!, /; HttpOnly; Secure; SameSite=Lax$/);
  // Each path its own Path (affinity.feature "each path its own Path").
  assert.match(setCookie(m.route({ host: 'a.test', path: '/plain' }))!, /; Path=\/plain;/);
});

test('a request with the cookie stays on its endpoint and gets no Set-Cookie; an unknown value gets a new cookie', () => {
  const { m } = model({ affinity: 'cookie', 'session-cookie-name': 'S', 'session-cookie-max-age': '0' });
  const first = m.route({ host: 'a.test', path: '/app' });
  assert.match(setCookie(first)!, /; Max-Age=0; HttpOnly$/);
  const pair = setCookie(first)!.split(';', 1)[0]!;
  for (let i = 0; i < 5; i++) {
    const o = m.route({ host: 'a.test', path: '/app', headers: { Cookie: `x=1; ${pair}` } });
    assert.equal(o.kind === 'proxied' && o.server, first.kind === 'proxied' ? first.server : '');
    assert.equal(setCookie(o), undefined);
  }
  assert.ok(setCookie(m.route({ host: 'a.test', path: '/app', headers: { Cookie: 'S=0123456789abcdef' } })));
});

test('session-cookie-expires on Traefik: its lifetime as the sticky cookie\'s maxAge (the file provider has no Expires)', () => {
  const r = compile([{ path: 'in.yaml', text: `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: e\n  namespace: default\n  annotations:\n    nginx.ingress.kubernetes.io/affinity: "cookie"\n    nginx.ingress.kubernetes.io/session-cookie-expires: "10"\nspec:\n  rules:\n  - host: a.test\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: echo\n            port:\n              number: 80\n` }], { target: 'traefik' });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  assert.match(r.files.map((f) => f.content).join('\n'), /maxAge: 10\b/);
});
