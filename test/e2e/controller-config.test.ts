/**
 * The controller ConfigMap, live: its whitelist-source-range, proxy-body-size, proxy-*-timeout and
 * ssl-redirect are the defaults of every Ingress that does not set the annotation, and an Ingress's
 * annotation replaces them on its own routes (ingress-nginx's annotation parsers fall back to the
 * ConfigMap). Live on nginx, HAProxy, Envoy and Caddy; through the rule evaluator for Traefik (allow
 * list and body size, the keys it honours).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, type CompileResult, type TargetName } from '../../src/index.js';
import { postExpectingContinue, send, skipReason, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';
import { modelOptionsFromStatic, TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { writeFiles } from './run-table.js';
import { ingressYaml } from './configmap-live.js';


const ingress = (name: string, host: string, annotations: Record<string, string>, tls = false): string => ingressYaml(name, host, annotations, tls);

const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
data:
  whitelist-source-range: "127.0.0.2/32, 127.0.0.3"
  proxy-body-size: "1k"
  proxy-read-timeout: "1"
  proxy-send-timeout: "1"
  proxy-connect-timeout: "2"
  ssl-redirect: "false"
`;

const OWN = { 'allowlist-source-range': '127.0.0.1', 'proxy-body-size': '8k', 'proxy-read-timeout': '20', 'proxy-send-timeout': '20' };

function build(target: TargetName, ports: { http: number; https: number }, echoPort: number): CompileResult {
  const sources = [
    { path: 'inherit.yaml', text: ingress('inherit', 'inherit.cm.test', {}) },
    { path: 'own.yaml', text: ingress('own', 'own.cm.test', OWN) },
    { path: 'tls.yaml', text: ingress('tls', 'tls.cm.test', {}, true) },
    { path: 'redir.yaml', text: ingress('redir', 'redir.cm.test', { 'ssl-redirect': 'true' }, true) },
    { path: 'secret.yaml', text: tlsSecretYaml('cm-tls', { hosts: ['tls.cm.test', 'redir.cm.test'] }) },
    { path: 'cm.yaml', text: CONFIG_MAP },
  ];
  return compile(sources, {
    target,
    listenHttp: `127.0.0.1:${ports.http}`,
    listenHttps: `127.0.0.1:${ports.https}`,
    backends: [`default/echo:80=127.0.0.1:${echoPort}`],
    controllerConfig: 'ingress-nginx/ingress-nginx-controller',
  });
}

interface Probe {
  what: string;
  host: string;
  from: string;
  path?: string;
  bodyBytes?: number;
  expect: number;
  /** Only where the target honours the key (its support row). */
  only?: readonly TargetName[];
}

const ALL: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'];
const LIVE: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'caddy'];

const PROBES: Probe[] = [
  { what: 'global allow list: a listed client is served', host: 'inherit.cm.test', from: '127.0.0.2', expect: 200 },
  { what: 'global allow list: a listed single address is served', host: 'inherit.cm.test', from: '127.0.0.3', expect: 200 },
  { what: 'global allow list: another client is refused', host: 'inherit.cm.test', from: '127.0.0.1', expect: 403 },
  { what: "the Ingress's own list replaces the global one (admitted)", host: 'own.cm.test', from: '127.0.0.1', expect: 200 },
  { what: "the Ingress's own list replaces the global one (refused)", host: 'own.cm.test', from: '127.0.0.2', expect: 403 },
  { what: 'global body limit 1k: 1024 bytes pass', host: 'inherit.cm.test', from: '127.0.0.2', bodyBytes: 1024, expect: 200 },
  { what: 'global body limit 1k: 1025 bytes are 413', host: 'inherit.cm.test', from: '127.0.0.2', bodyBytes: 1025, expect: 413 },
  { what: "the Ingress's proxy-body-size 8k replaces it", host: 'own.cm.test', from: '127.0.0.1', bodyBytes: 4096, expect: 200 },
  { what: 'global read timeout 1 s: a 4 s backend is 504', host: 'inherit.cm.test', from: '127.0.0.2', path: '/?delay=4000', expect: 504, only: LIVE },
  { what: "the Ingress's proxy-read-timeout 20 replaces it: a 1.5 s backend is served", host: 'own.cm.test', from: '127.0.0.1', path: '/?delay=1500', expect: 200, only: LIVE },
  { what: 'ssl-redirect "false": a TLS host is served over HTTP', host: 'tls.cm.test', from: '127.0.0.2', expect: 200, only: LIVE },
  { what: 'ssl-redirect annotation "true" replaces it: 308 to HTTPS', host: 'redir.cm.test', from: '127.0.0.2', expect: 308, only: LIVE },
];

const describeProbe = (p: Probe): string => `${p.what}: ${p.bodyBytes !== undefined ? `POST (${p.bodyBytes} bytes)` : 'GET'} http://${p.host}${p.path ?? '/'} from ${p.from}`;

for (const kind of LIVE) {
  test(`${kind}: controller ConfigMap defaults and annotation overrides, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const echo = await startEcho('echo');
    let proxy;
    try {
      proxy = await startProxy({
        kind: kind as ProxyKind,
        build: (ports, dir) => {
          const r = build(kind, ports, echo.port);
          assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
          writeFiles(dir, r.files);
        },
      });
      const failures: string[] = [];
      for (const p of PROBES.filter((x) => (x.only ?? ALL).includes(kind))) {
        const r: { status: number; service?: string; location?: string } = p.bodyBytes !== undefined
          ? await postExpectingContinue(proxy.ports.http, p.host, '/', p.from, p.bodyBytes)
          : await send({ port: proxy.ports.http, host: p.host, path: p.path ?? '/', localAddress: p.from, timeoutMs: 15_000 }).then((x) => ({ status: x.status, service: (x.json as { service?: string } | undefined)?.service, location: x.headers.location }));
        if (r.status !== p.expect) failures.push(`${describeProbe(p)}: status ${r.status}, expected ${p.expect}`);
        else if (p.expect === 200 && r.service !== 'echo') failures.push(`${describeProbe(p)}: not answered by the backend`);
        else if (p.expect === 308 && !String(r.location).startsWith(`https://${p.host}`)) failures.push(`${describeProbe(p)}: Location ${String(r.location)}`);
      }
      assert.deepEqual(failures, []);
    } finally {
      await proxy?.stop();
      await echo.close();
    }
  });
}

test('traefik (evaluated): global allow list and body limit, replaced by the annotations', () => {
  const r = build('traefik', { http: 18080, https: 18443 }, 19000);
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  const out = readOutput(r.files);
  const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
  const failures: string[] = [];
  for (const p of PROBES.filter((x) => (x.only ?? ALL).includes('traefik'))) {
    const o = model.route({ host: p.host, path: p.path ?? '/', https: false, clientIp: p.from, ...(p.bodyBytes !== undefined ? { method: 'POST', bodyBytes: p.bodyBytes } : {}) });
    if (o.status !== p.expect) failures.push(`${describeProbe(p)}: status ${o.status}, expected ${p.expect}`);
  }
  assert.deepEqual(failures, []);
});

// ingress-nginx e2e-core settings/badannotationvalues.go: with annotation-value-word-blocklist in
// the ConfigMap, an Ingress whose nginx.ingress.kubernetes.io/ annotation value contains a listed
// word is dropped (its host answers 404); the others are served. The originals use
// configuration-snippet values (AllowSnippetConfiguration): ingressc compiles them with
// --allow-snippets (never emitting the snippet), so what is observable is the 404/200.
const SNIPPET = 'configuration-snippet';
export const BAD_ANNOTATION_CASES: { it: string; host: string; snippet: string; blocklist?: string; dropped: boolean }[] = [
  { it: 'should drop an ingress if there is an invalid character in some annotation', host: 'invalid-value-test', snippet: '\n# abc { }', blocklist: 'something_forbidden,otherthing_forbidden,{', dropped: true },
  { it: 'should drop an ingress if there is a forbidden word in some annotation', host: 'forbidden-value-test', snippet: '\ndefault_type text/plain;\ncontent_by_lua_block {\n  ngx.say("Hello World")\n}', blocklist: 'something_forbidden,otherthing_forbidden,content_by_lua_block', dropped: true },
  { it: 'should allow an ingress if there is a default blocklist config in place', host: 'custom-allowed-value-test', snippet: '\n# bla_by_lua', dropped: false },
  { it: 'should drop an ingress if there is a custom blocklist config in place and allow others to pass', host: 'custom-forbidden-value-test', snippet: '\n# something_forbidden', blocklist: 'something_forbidden,otherthing_forbidden', dropped: true },
];

const blockConfigMap = (words: string | undefined): string => `apiVersion: v1
kind: ConfigMap
metadata: {name: ingress-nginx-controller, namespace: ingress-nginx}
data:
  allow-snippet-annotations: "true"
${words !== undefined ? `  annotation-value-word-blocklist: ${JSON.stringify(words)}\n` : ''}`;

function buildBad(cases: typeof BAD_ANNOTATION_CASES, words: string | undefined, target: TargetName, ports: { http: number; https: number }, echoPort: number): CompileResult {
  return compile([...cases.map((c) => ({ path: `${c.host}.yaml`, text: ingress(c.host, c.host, { [SNIPPET]: c.snippet }) })), { path: 'cm.yaml', text: blockConfigMap(words) }], {
    target,
    allowSnippets: true,
    listenHttp: `127.0.0.1:${ports.http}`,
    listenHttps: `127.0.0.1:${ports.https}`,
    backends: [`default/echo:80=127.0.0.1:${echoPort}`],
    controllerConfig: 'ingress-nginx/ingress-nginx-controller',
  });
}

for (const c of BAD_ANNOTATION_CASES) {
  test(`badannotationvalues.go: ${c.it} (each compile on its own)`, () => {
    const allowed = { ...c, host: 'other-allowed-test', snippet: '\n# fine', dropped: false };
    const r = buildBad([c, allowed], c.blocklist, 'nginx', { http: 18080, https: 18443 }, 19000);
    assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
    assert.deepEqual(r.ir!.vhosts.map((v) => v.name).sort(), c.dropped ? ['other-allowed-test'] : ['custom-allowed-value-test', 'other-allowed-test']);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3155').map((d) => `${d.loc?.file}:${d.loc?.line}`), c.dropped ? [`${c.host}.yaml:4`] : []);
  });
}

for (const kind of LIVE) {
  test(`${kind}: badannotationvalues.go, live: dropped Ingresses answer 404, the others 200`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const echo = await startEcho('echo');
    let proxy;
    // One output with every case: the union of the cases' blocklists drops exactly the cases that drop.
    const words = 'something_forbidden,otherthing_forbidden,content_by_lua_block,{';
    try {
      proxy = await startProxy({
        kind: kind as ProxyKind,
        build: (ports, dir) => {
          const r = buildBad(BAD_ANNOTATION_CASES, words, kind, ports, echo.port);
          assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
          writeFiles(dir, r.files);
        },
      });
      const got: string[] = [];
      for (const c of BAD_ANNOTATION_CASES) got.push(`${c.host} ${(await send({ port: proxy.ports.http, host: c.host, path: '/', timeoutMs: 15_000 })).status}`);
      assert.deepEqual(got, BAD_ANNOTATION_CASES.map((c) => `${c.host} ${c.dropped ? 404 : 200}`));
    } finally {
      await proxy?.stop();
      await echo.close();
    }
  });
}
