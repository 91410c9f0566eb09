/**
 * The controller ConfigMap's custom-http-errors, live: the global list of statuses the global
 * default backend answers for every location (nginx.tmpl's http-level proxy_intercept_errors and
 * error_page lines, with X-Code and the context headers); an Ingress's own custom-http-errors
 * replaces the list for its locations (nginx inherits no error_page into a location that has its
 * own), and sends them to its default-backend Service; the ConfigMap's codes go to the global
 * default backend even from an Ingress with a default-backend annotation. On every target whose
 * support row lists custom-http-errors (the others refuse the key: IC3151).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import { skipReason, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, runProbes, type Case, type Probe } from './configmap-live.js';

const SERVICE = (name: string): string => `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}, namespace: default}\nspec:\n  ports:\n  - {port: 80}\n`;

const CASE: Case = {
  data: { 'custom-http-errors': '404,503' },
  ingresses: [
    { name: 'app', host: 'app.cm.test' },
    { name: 'own', host: 'own.cm.test', annotations: { 'custom-http-errors': '500' } },
    { name: 'dbe', host: 'dbe.cm.test', annotations: { 'default-backend': 'other' } },
    { name: 'dbe-own', host: 'dbe-own.cm.test', annotations: { 'default-backend': 'other', 'custom-http-errors': '404' } },
  ],
};

const PROBES: Probe[] = [
  { what: 'a served request is untouched', host: 'app.cm.test', expect: 200, upstreamHeaders: { 'x-code': undefined } },
  { what: "the ConfigMap's 404 goes to the global default backend", host: 'app.cm.test', path: '/status/404', expect: 200, by: 'errors', upstreamHeaders: { 'x-code': '404', 'x-ingress-name': 'app', 'x-service-name': 'echo' } },
  { what: "the ConfigMap's 503 too", host: 'app.cm.test', path: '/status/503', expect: 200, by: 'errors', upstreamHeaders: { 'x-code': '503' } },
  { what: 'a status not listed passes', host: 'app.cm.test', path: '/status/500', expect: 500 },
  { what: "the Ingress's own list replaces the ConfigMap's: 404 passes", host: 'own.cm.test', path: '/status/404', expect: 404 },
  { what: "the Ingress's own list: 500 goes to the global default backend", host: 'own.cm.test', path: '/status/500', expect: 200, by: 'errors', upstreamHeaders: { 'x-code': '500' } },
  { what: "with a default-backend annotation, the ConfigMap's codes still go to the global default backend", host: 'dbe.cm.test', path: '/status/404', expect: 200, by: 'errors', upstreamHeaders: { 'x-code': '404' } },
  { what: "with a default-backend annotation, the Ingress's own codes go to its Service", host: 'dbe-own.cm.test', path: '/status/404', expect: 200, by: 'other', upstreamHeaders: { 'x-code': '404' } },
];

const build = (target: TargetName, ports: { http: number; https: number }, e: Record<string, number>) =>
  buildCase(CASE, target, ports, e.echo!, [{ path: 'services.yaml', text: `${SERVICE('other')}---\n${SERVICE('errors')}` }], {
    backends: [`default/errors:80=127.0.0.1:${e.errors}`, `default/other:80=127.0.0.1:${e.other}`],
    defaultBackend: 'default/errors:80',
  });

const honours = (t: TargetName): boolean => supportOf('custom-http-errors', t) !== undefined;

for (const kind of LIVE.filter(honours))
  test(`${kind}: ConfigMap custom-http-errors, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    assert.deepEqual(await runProbes(kind, (ports, _echo, e) => build(kind, ports, e), PROBES, ['echo', 'errors', 'other']), []);
  });

test('the IR carries the codes: the ConfigMap list (to the global default backend) unless the Ingress sets its own', () => {
  const r = build('nginx', { http: 8080, https: 8443 }, { echo: 9, errors: 10, other: 11 });
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const errs = Object.fromEntries(r.ir!.vhosts.map((v) => [v.name, v.prefix[0]?.errors]));
  assert.deepEqual(errs['app.cm.test']?.codes, [404, 503]);
  assert.deepEqual(errs['own.cm.test']?.codes, [500]);
  assert.equal(errs['dbe.cm.test']?.upstream, 'default_errors_80');
  assert.equal(errs['dbe-own.cm.test']?.upstream, 'default_other_80');
});

test('targets without custom-http-errors refuse the key, located (IC3151)', () => {
  for (const target of TARGETS.filter((t) => !honours(t))) {
    const r = build(target, { http: 8080, https: 8443 }, { echo: 9, errors: 10, other: 11 });
    assert.equal(r.ok, false, target);
    assert.ok(r.diagnostics.some((d) => d.code === 'IC3151' && d.loc?.file === 'cm.yaml' && d.loc.line === 5), target);
  }
});

test('custom-http-errors values: the annotation\'s grammar, else IC2300 at the key', () => {
  for (const v of ['404, 503', '404,', '302', 'x', '404;500']) {
    const r = buildCase({ ...CASE, data: { 'custom-http-errors': v } }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, v);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], v);
  }
});
