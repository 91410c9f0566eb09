/**
 * ssl-passthrough: the grammar, lowering (which host, which backend, who decides), the reference
 * evaluator and `match`, and the Traefik and Gateway API outputs (schema / CRD validated, then
 * evaluated: test/traefik/tcp.ts, test/gateway-api/tls.ts). Live proof for nginx, HAProxy and
 * Envoy: test/e2e/ssl-passthrough.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, compile, match, renderMatchText, routes, type TargetName } from '../../src/index.js';
import { renderRoutesTable } from '../../src/routes/render.js';
import { describeRoute, routeChanges } from '../../src/diff/index.js';
import { matchRequest, matchSni } from '../../src/ir/match.js';
import { caddyEmitter } from '../../src/emit/caddy/emit-caddy.js';
import { Diagnostics } from '../../src/diagnostics/collector.js';
import { resolveOptions } from '../../src/options.js';
import { passthroughReader } from '../../src/providers/ingress-nginx/families/passthrough.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';
import { routeTcp } from '../traefik/tcp.js';
import { validateStream } from '../gateway-api/crd-validator.js';
import { selectTls } from '../gateway-api/tls.js';

const A = 'nginx.ingress.kubernetes.io/';
interface IngSpec {
  name: string;
  host?: string;
  annotations?: Record<string, string>;
  paths?: [string, 'Prefix' | 'Exact' | 'ImplementationSpecific', string][];
  created?: string;
  defaultBackend?: string;
  tls?: boolean;
}
const ing = (s: IngSpec): string => `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${s.name}
  namespace: default
${s.created ? `  creationTimestamp: "${s.created}"\n` : ''}  annotations:
${Object.entries(s.annotations ?? {}).map(([k, v]) => `    ${A}${k}: ${JSON.stringify(v)}\n`).join('') || '    {}\n'}spec:
${s.defaultBackend ? `  defaultBackend: {service: {name: ${s.defaultBackend}, port: {number: 80}}}\n` : ''}${s.tls ? `  tls: [{hosts: [${s.host}], secretName: ${s.name}-tls}]\n` : ''}  rules:
  - ${s.host !== undefined ? `host: "${s.host}"` : 'http:'}
${s.host !== undefined ? '    http:\n' : ''}      paths:
${(s.paths ?? [['/', 'Prefix', 'tls-echo']]).map(([p, t, svc]) => `      - {path: ${p}, pathType: ${t}, backend: {service: {name: ${svc}, port: {number: ${svc === 'tls-echo' ? 443 : 80}}}}}\n`).join('')}`;
const PT = { 'ssl-passthrough': 'true' };
const BACKENDS = ['default/tls-echo:443=10.0.0.1:8443', 'default/web:80=10.0.0.2:80', 'default/other:80=10.0.0.3:80', 'default/fallback:80=10.0.0.4:80'];
const run = (text: string, target: TargetName = 'nginx') => compile([{ path: 'in.yaml', text }], { target, backends: BACKENDS });
const irOf = (text: string) => {
  const a = analyze([{ path: 'in.yaml', text }], { target: 'nginx', backends: BACKENDS });
  return { ir: a.ir!, diags: a.diags.items };
};
const codes = (ds: readonly { code: string }[]): string[] => ds.map((d) => d.code);

describe('ssl-passthrough grammar (a Go boolean, as ingress-nginx parses it)', () => {
  test('the twelve spellings, nothing else', () => {
    for (const [v, on] of [['true', true], ['True', true], ['1', true], ['t', true], ['false', false], ['0', false], ['F', false]] as const) {
      const into = {};
      assert.equal(passthroughReader.read('ssl-passthrough', v, into, {}), undefined);
      assert.deepEqual(into, { passthrough: { enabled: on } });
    }
    for (const v of ['yes', ' true', 'true ', '', 'on', 'TRUE\n']) assert.match(passthroughReader.read('ssl-passthrough', v, {}, {})?.detail ?? '', /expected a boolean/, v);
  });

  test('a bad value is a located IC2081 and no passthrough', () => {
    const r = run(ing({ name: 'a', host: 'pt.test', annotations: { 'ssl-passthrough': 'yes' } }));
    const d = r.diagnostics.find((x) => x.code === 'IC2081');
    assert.ok(d?.loc && /expected a boolean/.test(d.message), JSON.stringify(r.diagnostics));
  });
});

describe('lowering: host, backend and who decides (controller.go createServers / getConfiguration)', () => {
  test('the Prefix "/" path\'s backend; other paths stay for plain HTTP; an info says so', () => {
    const { ir, diags } = irOf(ing({ name: 'a', host: 'pt.test', annotations: PT, paths: [['/other', 'Prefix', 'other'], ['/', 'Prefix', 'tls-echo']] }));
    assert.deepEqual(ir.passthrough?.map((p) => [p.host, p.upstream, p.ingress]), [['pt.test', 'default_tls-echo_443', 'default/a']]);
    const info = diags.find((d) => d.code === 'IC3190');
    assert.equal(info?.severity, 'info');
    assert.match(info!.message, /--enable-ssl-passthrough/);
    assert.match(info!.message, /"\/other"/);
    assert.ok(ir.vhosts.some((v) => v.name === 'pt.test' && v.prefix.length === 2), 'the HTTP routes stay');
  });

  test('"false" and no annotation: no passthrough', () => {
    assert.equal(irOf(ing({ name: 'a', host: 'pt.test', annotations: { 'ssl-passthrough': 'false' } })).ir.passthrough, undefined);
    assert.equal(irOf(ing({ name: 'a', host: 'pt.test' })).ir.passthrough, undefined);
  });

  test('no Prefix "/": the host\'s default backend (spec.defaultBackend of its first Ingress), with a warning', () => {
    const { ir, diags } = irOf(ing({ name: 'a', host: 'pt.test', annotations: PT, defaultBackend: 'fallback', paths: [['/app', 'Prefix', 'web'], ['/', 'Exact', 'other']] }));
    assert.deepEqual(ir.passthrough?.map((p) => p.upstream), ['default_fallback_80']);
    assert.match(diags.find((d) => d.code === 'IC3192')?.message ?? '', /default backend default_fallback_80/);
  });

  test('no Prefix "/" and no default backend: no passthrough (ingress-nginx has no Service to pass to)', () => {
    const { ir, diags } = irOf(ing({ name: 'a', host: 'pt.test', annotations: PT, paths: [['/app', 'Prefix', 'web']] }));
    assert.equal(ir.passthrough, undefined);
    assert.match(diags.find((d) => d.code === 'IC3192')?.message ?? '', /terminated as usual/);
  });

  test('the first Ingress of the host decides; the annotation on a later one is ignored with a warning', () => {
    const first = ing({ name: 'old', host: 'pt.test', created: '2020-01-01T00:00:00Z', paths: [['/', 'Prefix', 'web']] });
    const later = ing({ name: 'new', host: 'pt.test', created: '2021-01-01T00:00:00Z', annotations: PT, paths: [['/x', 'Prefix', 'tls-echo']] });
    const { ir, diags } = irOf(first + later);
    assert.equal(ir.passthrough, undefined);
    assert.match(diags.find((d) => d.code === 'IC3193')?.message ?? '', /default\/new is ignored for host pt\.test.*default\/old/);
    // Reversed ages: the passthrough Ingress is first, and the other Ingress's Prefix "/" is the backend only if it comes first too.
    const a = irOf(ing({ name: 'old', host: 'pt.test', created: '2020-01-01T00:00:00Z', annotations: PT, paths: [['/x', 'Prefix', 'other']] }) + ing({ name: 'new', host: 'pt.test', created: '2021-01-01T00:00:00Z', paths: [['/', 'Prefix', 'tls-echo']] }));
    assert.deepEqual(a.ir.passthrough?.map((p) => [p.upstream, p.ingress]), [['default_tls-echo_443', 'default/old']]);
  });

  test('a wildcard or host-less rule: no effect (the SNI is compared with exact names), a warning', () => {
    for (const host of ['*.pt.test', undefined]) {
      const { ir, diags } = irOf(ing({ name: 'a', ...(host !== undefined ? { host } : {}), annotations: PT }));
      assert.equal(ir.passthrough, undefined);
      assert.ok(codes(diags).includes('IC3194'), String(host));
    }
  });

  test('an access restriction on the host would not apply to passed-through TLS: error (fail closed)', () => {
    const r = run(ing({ name: 'a', host: 'pt.test', annotations: { ...PT, 'allowlist-source-range': '10.0.0.0/8' } }));
    assert.equal(r.ok, false);
    const d = r.diagnostics.find((x) => x.code === 'IC3191');
    assert.ok(d?.loc, JSON.stringify(r.diagnostics));
    assert.match(d!.message, /source ranges/);
    // Another Ingress of the same host restricting its own path: the same.
    const other = run(ing({ name: 'a', host: 'pt.test', annotations: PT, created: '2020-01-01T00:00:00Z' }) + ing({ name: 'b', host: 'pt.test', created: '2021-01-01T00:00:00Z', annotations: { 'denylist-source-range': '10.0.0.9' }, paths: [['/admin', 'Prefix', 'web']] }));
    assert.ok(codes(other.diagnostics).includes('IC3191'));
  });
});

describe('the reference evaluator and `match`', () => {
  const text = ing({ name: 'a', host: 'pt.test', annotations: PT, paths: [['/other', 'Prefix', 'other'], ['/', 'Prefix', 'tls-echo']] });

  test('HTTPS to the host: passed through whatever the path; plain HTTP: routed by path', () => {
    const { ir } = irOf(text);
    const tls = matchRequest(ir, 'pt.test', '/other/x', { https: true });
    assert.equal(tls.via, 'passthrough');
    assert.equal(tls.upstream, 'default_tls-echo_443');
    assert.equal(matchRequest(ir, 'PT.test:443', '/%zz', { https: true }).via, 'passthrough', 'no HTTP parsing: no 400 either');
    const plain = matchRequest(ir, 'pt.test', '/other/x', { https: false });
    assert.equal(plain.via, 'route');
    assert.equal(plain.upstream, 'default_other_80');
    assert.equal(matchSni(ir, 'pt.test')?.upstream, 'default_tls-echo_443');
    assert.equal(matchSni(ir, 'other.test'), undefined);
    assert.equal(matchSni(ir, undefined), undefined);
  });

  test('`match` explains it', () => {
    const m = match([{ path: 'in.yaml', text }], { url: 'https://pt.test/other' }, { backends: BACKENDS });
    assert.equal(m.ok, true);
    assert.equal(m.via, 'passthrough');
    assert.deepEqual(m.passthrough && { ingress: m.passthrough.ingress }, { ingress: 'default/a' });
    const out = renderMatchText(m);
    assert.match(out, /ssl-passthrough \(Ingress default\/a, in\.yaml:\d+(:\d+)?\): a TLS connection with SNI "pt\.test" goes undecrypted/);
    assert.equal(match([{ path: 'in.yaml', text }], { url: 'http://pt.test/other' }, { backends: BACKENDS }).via, 'route');
  });

  test('`routes` lists the passthrough host after its plain-HTTP rows; `diff` names it', () => {
    const r = routes([{ path: 'in.yaml', text }], { backends: BACKENDS });
    assert.deepEqual(r.rows.map((x) => `${x.host} ${x.match} ${x.tls} ${x.upstream}`), ['pt.test Prefix none default_other_80', 'pt.test Prefix none default_tls-echo_443', 'pt.test Passthrough passthrough default_tls-echo_443']);
    assert.match(renderRoutesTable(r.rows), /^pt\.test +\* +ssl-passthrough +default\/tls-echo:443 +passthrough \(SNI\) +in\.yaml:\d+$/m);
    const before = analyze([{ path: 'in.yaml', text: text.replace(/ {4}\S+ssl-passthrough: "true"\n/, '') }], { target: 'nginx', backends: BACKENDS }).ir;
    assert.deepEqual(routeChanges(before, irOf(text).ir).map((c) => `${c.change} ${describeRoute(c)} ${c.new}`), ['+ pt.test (ssl-passthrough) default/tls-echo:443']);
  });
});

const MIXED = ing({ name: 'a', host: 'pt.test', annotations: PT, paths: [['/other', 'Prefix', 'other'], ['/', 'Prefix', 'tls-echo']], created: '2020-01-01T00:00:00Z' })
  + ing({ name: 'web', host: 'web.test', tls: true, paths: [['/app', 'Prefix', 'web']] })
  + ing({ name: 'pttls', host: 'pt2.test', tls: true, annotations: PT });

describe('Traefik: TCP routers (schema-validated, evaluated)', () => {
  test('HostSNI with tls.passthrough on websecure for each host; other SNIs fall to the HTTP routers', () => {
    const r = run(MIXED, 'traefik');
    assert.ok(r.ok, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
    const out = readOutput(r.files);
    assert.deepEqual(traefikValidator(true)(out.dynamic), []);
    const d = out.dynamic as Parameters<typeof routeTcp>[0];
    assert.deepEqual(routeTcp(d, { entryPoint: 'websecure', sni: 'pt.test' })?.servers, ['10.0.0.1:8443']);
    assert.deepEqual(routeTcp(d, { entryPoint: 'websecure', sni: 'PT2.test' })?.servers, ['10.0.0.1:8443']);
    assert.equal(routeTcp(d, { entryPoint: 'websecure', sni: 'web.test' }), undefined);
    assert.equal(routeTcp(d, { entryPoint: 'websecure' }), undefined);
    assert.equal(routeTcp(d, { entryPoint: 'web', sni: 'pt.test' }), undefined, 'plain HTTP is not TCP-routed');
  });

  test('the strict schema knows the TCP section: a typo in what ingressc writes there fails', () => {
    const tcp = readOutput(run(MIXED, 'traefik').files).dynamic as { tcp: { routers: Record<string, Record<string, unknown>>; services: Record<string, unknown> } };
    const [name, router] = Object.entries(tcp.tcp.routers)[0]!;
    const strict = traefikValidator(true);
    assert.notDeepEqual(strict({ ...tcp, tcp: { ...tcp.tcp, routers: { [name]: { ...router, tls: { passthru: true } } } } }), []);
    assert.notDeepEqual(strict({ ...tcp, tcp: { ...tcp.tcp, routers: { [name]: { ...router, entrypoints: ['websecure'] } } } }), []);
    assert.notDeepEqual(strict({ ...tcp, tcp: { ...tcp.tcp, services: { s: { loadBalancer: { servers: [] } } } } }), []);
  });

  test('a passthrough Service without endpoints is refused (a TCP service needs a server)', () => {
    const r = compile([{ path: 'in.yaml', text: ing({ name: 'a', host: 'pt.test', annotations: PT }) + '---\napiVersion: v1\nkind: Service\nmetadata: {name: tls-echo, namespace: default}\nspec: {ports: [{port: 443}]}\n---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: tls-echo-1, namespace: default, labels: {kubernetes.io/service-name: tls-echo}}\naddressType: IPv4\nports: [{port: 443}]\nendpoints: []\n' }], { target: 'traefik' });
    assert.ok(codes(r.diagnostics).includes('IC4190'), JSON.stringify(r.diagnostics));
    assert.equal(r.ok, false);
  });
});

describe('Gateway API: TLS listener in Passthrough mode + TLSRoute (CRD-validated, evaluated)', () => {
  test('the passthrough SNIs select their TLS listener and TLSRoute; others the HTTPS listeners', () => {
    const r = compile([{ path: 'in.yaml', text: MIXED }], { target: 'gateway-api' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
    assert.ok(r.files.some((f) => f.path === 'tlsroutes.yaml'));
    const v = validateStream(r.files.map((f) => f.content).join('\n'));
    assert.deepEqual(v.problems, []);
    assert.deepEqual(selectTls(v.objects, 443, 'pt.test'), { kind: 'passthrough', listener: 'tls.h.pt.test', route: 'ingressc.passthrough.h.pt.test', service: { namespace: 'default', name: 'tls-echo', port: 443 } });
    // pt2.test has a tls section: its HTTPS listener gives way to the TLS one.
    assert.equal(selectTls(v.objects, 443, 'pt2.test').kind, 'passthrough');
    assert.deepEqual(selectTls(v.objects, 443, 'web.test'), { kind: 'terminate', listener: 'https.h.web.test' });
    assert.deepEqual(selectTls(v.objects, 443, 'unknown.test'), { kind: 'terminate', listener: 'https' });
  });

  test('a backend in another namespace than the Gateway gets a ReferenceGrant from TLSRoute', () => {
    const r = compile([{ path: 'in.yaml', text: ing({ name: 'a', host: 'pt.test', annotations: PT }) }], { target: 'gateway-api', gateway: 'gw-ns/gw' });
    assert.ok(r.ok, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
    const grants = r.files.find((f) => f.path === 'referencegrants.yaml')?.content ?? '';
    assert.match(grants, /kind: "TLSRoute"/);
    assert.deepEqual(validateStream(r.files.map((f) => f.content).join('\n')).problems, []);
  });
});

describe('Caddy: no layer-4 app', () => {
  test('the key fails closed (IC2102), and the emitter refuses a passthrough IR (IC4190)', () => {
    const text = ing({ name: 'a', host: 'pt.test', annotations: PT });
    const r = run(text, 'caddy');
    assert.equal(r.ok, false);
    assert.ok(codes(r.diagnostics).includes('IC2102'));
    const diagnostics = new Diagnostics();
    const files = caddyEmitter.emit(irOf(text).ir, { diagnostics, options: resolveOptions({ target: 'caddy' }).options! });
    assert.deepEqual(files, []);
    assert.match(diagnostics.items.find((d) => d.code === 'IC4190')?.message ?? '', /layer-4/);
  });
});

describe('nginx, HAProxy, Envoy: the shape of the output (live behaviour: test/e2e/ssl-passthrough.test.ts)', () => {
  test('without passthrough nothing changes; with it each target routes by SNI in front of the terminating listener', () => {
    const plain = ing({ name: 'web', host: 'web.test', tls: true, paths: [['/app', 'Prefix', 'web']] });
    for (const t of ['nginx', 'haproxy', 'envoy'] as const) {
      const main = (text: string): string => run(text, t).files.map((f) => f.content).join('\n');
      assert.doesNotMatch(main(plain), /ssl_preread|req\.ssl_sni|tcp_proxy/, t);
      assert.match(main(MIXED), t === 'nginx' ? /ssl_preread on;/ : t === 'haproxy' ? /req\.ssl_sni,lower -m str pt\.test/ : /tcp_proxy/, t);
    }
  });

  test('nginx refuses a passthrough backend named by DNS (a stream upstream resolves once)', () => {
    const r = compile([{ path: 'in.yaml', text: ing({ name: 'a', host: 'pt.test', annotations: PT }) }], { target: 'nginx' });
    assert.ok(codes(r.diagnostics).includes('IC4190'), JSON.stringify(r.diagnostics));
  });
});
