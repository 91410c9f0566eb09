// enable-access-log "false" on HAProxy: the quiet route's redirects and its host's HTTPS redirect
// are unlogged (quiet.ts), a loud route's on the same host are not, and a host without quiet
// routes keeps its HTTPS redirect before routing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const A = 'nginx.ingress.kubernetes.io/';
const ingress = (name: string, host: string, path: string, annotations: Record<string, string>, tls = false): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ${name}, namespace: default, annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [A + k, v])))}}
spec:
${tls ? `  tls: [{hosts: [${host}], secretName: tls}]\n` : ''}  rules:
  - host: ${host}
    http: {paths: [{path: ${path}, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}]}
`;

function files(docs: string[], configMap?: Record<string, string>): Map<string, string> {
  const controllerConfig = configMap && { path: 'cm.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller, namespace: ingress-nginx}\ndata: ${JSON.stringify(configMap)}\n` };
  const r = compile([...docs, tlsSecretYaml('tls', { hosts: ['t.test', 'l.test'] })].map((text, i) => ({ path: `in${i}.yaml`, text })), { target: 'haproxy', backends: ['default/app:80=127.0.0.1:9'], ...(controllerConfig ? { controllerConfig } : {}) });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  return new Map(r.files.map((f) => [f.path, f.content]));
}
const backend = (cfg: string, name: string): string[] => {
  const m = cfg.split('\n\n').find((s) => s.startsWith(`backend ${name}\n`));
  return m ? m.split('\n').slice(1).map((l) => l.trim()).filter(Boolean) : assert.fail(`no backend ${name}`);
};
const useBackendOf = (map: string, key: string): string => map.split('\n').find((l) => l.startsWith(`${key} `))?.split(' ')[1] ?? assert.fail(`no ${key} in\n${map}`);

test('a quiet route\'s permanent-redirect and force-ssl-redirect backends are silent first; a loud route\'s are not', () => {
  const f = files([
    ingress('qm', 'u.test', '/qm', { 'enable-access-log': 'false', 'permanent-redirect': 'https://x.test/' }),
    ingress('lm', 'u.test', '/lm', { 'permanent-redirect': 'https://x.test/' }),
    ingress('qf', 'u.test', '/qf', { 'enable-access-log': 'false', 'force-ssl-redirect': 'true' }),
    ingress('lf', 'u.test', '/lf', { 'force-ssl-redirect': 'true' }),
  ]);
  const cfg = f.get('haproxy.cfg')!, prefix = f.get('prefix.map')!;
  const quietMoved = backend(cfg, useBackendOf(prefix, 'u.test/qm/'));
  assert.deepEqual(quietMoved, ['http-request set-log-level silent', "http-request redirect location 'https://x.test/' code 301"]);
  assert.deepEqual(backend(cfg, useBackendOf(prefix, 'u.test/lm/')), ["http-request redirect location 'https://x.test/' code 301"]);
  const quietHttps = backend(cfg, useBackendOf(prefix, 'u.test/qf/'));
  assert.equal(quietHttps[0], 'http-request set-log-level silent');
  assert.match(quietHttps[1]!, /^http-request redirect location 'https:/);
  assert.ok(!backend(cfg, useBackendOf(prefix, 'u.test/lf/')).includes('http-request set-log-level silent'));
});

test('a host with a quiet route is HTTPS-redirected after routing, silent when the route is quiet', () => {
  const f = files([ingress('q', 't.test', '/q', { 'enable-access-log': 'false' }, true), ingress('l', 't.test', '/l', {}, true), ingress('o', 'l.test', '/o', {}, true)]);
  const cfg = f.get('haproxy.cfg')!;
  assert.deepEqual(f.get('ssl-redirect.map')!.split('\n').filter(Boolean), ['l.test strip', 't.test routed-strip']);
  // The quiet route's backend alone is listed.
  assert.equal(f.get('acl/quiet-backends.lst'), `${useBackendOf(f.get('prefix.map')!, 't.test/q/')}\n`);
  assert.notEqual(useBackendOf(f.get('prefix.map')!, 't.test/l/'), useBackendOf(f.get('prefix.map')!, 't.test/q/'));
  const lines = cfg.split('\n').map((l) => l.trim());
  const at = (s: string): number => lines.findIndex((l) => l.includes(s));
  const early = at('-m str strip }'), routing = at('map_str(fallback.map)'), silent = at('-f acl/quiet-backends.lst'), late = at('-m str routed-strip }');
  assert.ok(early >= 0 && early < routing && routing < silent && silent < late, String([early, routing, silent, late]));
  assert.match(lines[silent]!, /^http-request set-log-level silent if !\{ ssl_fc \} \{ var\(txn\.vh\),map_str\(ssl-redirect\.map\) -m beg routed- \}/);
});

test('use-forwarded-headers: the routed HTTPS redirect\'s silence holds on each alternative of the condition', () => {
  const cfg = files([ingress('q', 't.test', '/q', { 'enable-access-log': 'false' }, true)], { 'use-forwarded-headers': 'true' }).get('haproxy.cfg')!;
  const line = cfg.split('\n').map((l) => l.trim()).find((l) => l.startsWith('http-request set-log-level silent if'))!;
  assert.equal(line.split('||').length, 2);
  for (const alt of line.split('||')) assert.ok(alt.includes('-m beg routed- }') && alt.includes('-f acl/quiet-backends.lst }'), alt);
});

test('without quiet routes: no routed redirect, no quiet list', () => {
  const f = files([ingress('l', 't.test', '/l', {}, true), ingress('m', 't.test', '/m', {}, true)]);
  assert.ok(!f.has('acl/quiet-backends.lst'));
  assert.ok(!f.get('haproxy.cfg')!.includes('routed-') && !f.get('haproxy.cfg')!.includes('set-log-level'));
  assert.equal(f.get('ssl-redirect.map'), 't.test strip\n');
});
