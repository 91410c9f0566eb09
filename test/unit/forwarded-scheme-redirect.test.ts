/**
 * IC3156: with use-forwarded-headers, ingress-nginx decides HTTPS redirects on X-Forwarded-Proto;
 * Envoy's output decides them on the connection, so compile warns at the key, naming the hosts
 * (nginx, HAProxy and Caddy follow the header: test/e2e/configmap-forwarded-redirect.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const configMap = (value: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata:\n  use-forwarded-headers: "${value}"\n`;

function ingress(host: string, annotations: Record<string, string>): string {
  const name = host.split('.')[0]!;
  return `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: ${name}, namespace: default, annotations: ${JSON.stringify(annotations)}}\nspec:\n  ingressClassName: nginx\n  tls: [{hosts: [${host}], secretName: ${name}-tls}]\n  rules:\n  - host: ${host}\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n---\n${tlsSecretYaml(`${name}-tls`, { hosts: [host] })}`;
}

const run = (cm: string, ...ings: string[]) =>
  compile([{ path: 'cm.yaml', text: cm }, ...ings.map((text, i) => ({ path: `ing${i}.yaml`, text }))], { target: 'envoy', controllerConfig: 'ingress-nginx/ingress-nginx-controller' });

test('use-forwarded-headers with a redirecting TLS host: IC3156 at the key on Envoy, naming the host', () => {
  for (const target of ['nginx', 'haproxy', 'caddy'] as const) {
    const r = compile([{ path: 'cm.yaml', text: configMap('true') }, { path: 'a.yaml', text: ingress('a.example.com', {}) }], { target, controllerConfig: 'ingress-nginx/ingress-nginx-controller' });
    assert.ok(r.ok && r.ir?.forwarded?.redirectOnForwardedProto, target);
    assert.ok(!r.diagnostics.some((x) => x.code === 'IC3156'), target);
  }
  for (const target of ['envoy'] as const) {
    const r = compile([{ path: 'cm.yaml', text: configMap('true') }, { path: 'a.yaml', text: ingress('a.example.com', {}) }, { path: 'b.yaml', text: ingress('b.example.com', { 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' }) }], { target, controllerConfig: 'ingress-nginx/ingress-nginx-controller' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const d = r.diagnostics.filter((x) => x.code === 'IC3156');
    assert.equal(d.length, 1, target);
    assert.deepEqual([d[0]!.loc?.file, d[0]!.loc?.line, d[0]!.severity], ['cm.yaml', 5, 'warning']);
    assert.match(d[0]!.message, /\(a\.example\.com\)/);
  }
});

test('no IC3156 without use-forwarded-headers, or when no host redirects', () => {
  assert.ok(!run(configMap('false'), ingress('a.example.com', {})).diagnostics.some((x) => x.code === 'IC3156'));
  assert.ok(!run(configMap('true'), ingress('a.example.com', { 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' })).diagnostics.some((x) => x.code === 'IC3156'));
});
