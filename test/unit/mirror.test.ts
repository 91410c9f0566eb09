/** The mirroring family: the grammar (families/mirror.ts), lowering (lower/mirror.ts), the IR's reference, and the nginx and Envoy emitters. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { mirrorRequestTarget } from '../../src/ir/match.js';
import { routesOf, type RouteMirror } from '../../src/ir/types.js';
import { mirrorUrl } from '../../src/emit/nginx/mirror.js';
import { match } from '../../src/routes/explain.js';
import { renderMatchText } from '../../src/routes/render.js';
import { mirrorClusters, mirrorPolicies } from '../../src/emit/envoy/mirror.js';
import { parseMirrorHost, parseMirrorTarget } from '../../src/providers/ingress-nginx/families/mirror.js';
import { validateStream } from '../gateway-api/crd-validator.js';
import { traefikValidator } from '../traefik/strict-schema.js';
import { readOutput } from '../traefik/output.js';

const A = 'nginx.ingress.kubernetes.io/';
const ing = (name: string, annotations: Record<string, string>, host = 'a.test', paths = ['/', '/api']): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`${A}${k}`, v])))}
spec:
  rules:
  - host: ${host}
    http:
      paths:
${paths.map((p) => `      - {path: ${p}, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n`).join('')}`;
const run = (texts: string[], target: TargetName = 'nginx') => compile(texts.map((text, i) => ({ path: `in${i}.yaml`, text })), { target, backends: ['default/web:80=127.0.0.1:9'] });
const mirrorsOf = (r: ReturnType<typeof run>): (RouteMirror | undefined)[] => r.ir!.vhosts.flatMap((vh) => routesOf(vh).map((x) => x.mirror));
const out = (r: ReturnType<typeof run>): string => r.files.map((f) => f.content).join('\n');

describe('mirror-target grammar', () => {
  test('a URL with a path and/or $request_uri is read into origin and template', () => {
    assert.deepEqual(parseMirrorTarget('https://test.env.com$request_uri'), { value: { scheme: 'https', host: 'test.env.com', parts: [{ request: 'target' }] } });
    assert.deepEqual(parseMirrorTarget('http://localhost/mirror'), { value: { scheme: 'http', host: 'localhost', parts: [{ text: '/mirror' }] } });
    assert.deepEqual(parseMirrorTarget('HTTPS://Test.Env.com:8443/$request_uri'), { value: { scheme: 'https', host: 'test.env.com', port: 8443, parts: [{ text: '/' }, { request: 'target' }] } });
    assert.deepEqual(parseMirrorTarget('http://[2001:db8::1]/p${request_uri}?x=1'), { value: { scheme: 'http', host: '2001:db8::1', parts: [{ text: '/p' }, { request: 'target' }, { text: '?x=1' }] } });
    assert.deepEqual(parseMirrorTarget('http://1.2.3.4/a%2Fb/c?d=e&f'), { value: { scheme: 'http', host: '1.2.3.4', parts: [{ text: '/a%2Fb/c?d=e&f' }] } });
  });

  test('other variables, no path, other schemes and hostile text are refused', () => {
    const bad = [
      'http://a.test', 'http://a.test$host', 'https://a.test/$uri', 'http://a.test/${request_uri', 'http://a.test/$request_urix', 'http://a.test/$1', 'ftp://a.test/x', '//a.test/x',
      'http://a.test:0/x', 'http://a.test:65536/x', 'http://user@a.test/x', 'http://a.test/x#f', 'http://a.test/x y', 'http://a.test/x"; return 200; #', "http://a.test/x' %[src]",
      'http://a.test/{http.request.uri}', 'http://a.test/%zz', 'http://-a.test/x', 'http://a..test/x', 'http://a.test/x;\nssl_engine /tmp/evil.so;', 'http://a.test\\x/y', 'http://1.2.3/x', 'http://[::g]/x', '',
    ];
    for (const v of bad) assert.ok('expected' in parseMirrorTarget(v), v);
    assert.match((parseMirrorTarget('http://a.test') as { expected: string }).expected, /_mirror-<Ingress UID>/);
    assert.match((parseMirrorTarget('http://a.test/$host') as { expected: string }).expected, /"\$host" is an nginx variable/);
  });

  test('mirror-host: a host name or address with an optional port', () => {
    for (const ok of ['test.env.com', 'Test.Env.COM', '1.2.3.4:8080', '[::1]', 'a:1']) assert.deepEqual(parseMirrorHost(ok), { value: ok }, ok);
    for (const bad of ['$host', 'a b', 'a.test/x', 'a.test:0', 'a"b', '{http.host}', 'a.test:', '-a.test']) assert.ok('expected' in parseMirrorHost(bad), bad);
  });

  test('a refused value is located at its key (IC2081) and the Ingress is not mirrored', () => {
    for (const [key, value] of [['mirror-target', 'https://a.test/$host'], ['mirror-host', '$host'], ['mirror-request-body', 'no']] as [string, string][]) {
      const r = run([ing('m', { 'mirror-target': 'https://m.test$request_uri', [key]: value })]);
      const d = r.diagnostics.find((x) => x.code === 'IC2081');
      assert.ok(d && d.message.includes(`${A}${key}`), `${key}: ${JSON.stringify(r.diagnostics)}`);
      assert.equal(r.ok, false);
    }
  });
});

describe('lowering', () => {
  test('every path of the Ingress gets the mirror: Host the target\'s host without port, body on, a literal path followed by the query', () => {
    const r = run([ing('m', { 'mirror-target': 'http://mirror.test:8081/copy' }), ing('other', {}, 'b.test')]);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const want: RouteMirror = { scheme: 'http', host: 'mirror.test', port: 8081, target: [{ text: '/copy' }, { request: 'query' }], hostHeader: 'mirror.test', body: true };
    const a = r.ir!.vhosts.find((v) => v.name === 'a.test')!;
    assert.deepEqual(routesOf(a).map((x) => x.mirror), [want, want]);
    assert.deepEqual(routesOf(r.ir!.vhosts.find((v) => v.name === 'b.test')!).map((x) => x.mirror), [undefined, undefined]);
  });

  test('mirror-host replaces the Host; mirror-request-body "off" drops the body; an IPv6 host is bracketed in the default Host', () => {
    const r = run([ing('m', { 'mirror-target': 'https://[2001:db8::1]$request_uri', 'mirror-request-body': 'off' }), ing('nn', { 'mirror-target': 'https://1.2.3.4$request_uri', 'mirror-host': 'test.env.com' }, 'b.test')]);
    assert.deepEqual(mirrorsOf(r), [
      { scheme: 'https', host: '2001:db8::1', target: [{ request: 'target' }], hostHeader: '[2001:db8::1]', body: false },
      { scheme: 'https', host: '2001:db8::1', target: [{ request: 'target' }], hostHeader: '[2001:db8::1]', body: false },
      { scheme: 'https', host: '1.2.3.4', target: [{ request: 'target' }], hostHeader: 'test.env.com', body: true },
      { scheme: 'https', host: '1.2.3.4', target: [{ request: 'target' }], hostHeader: 'test.env.com', body: true },
    ].sort((x, y) => (x.host < y.host ? 1 : -1)));
  });

  test('a route that answers every request with a redirect is never proxied: no mirror', () => {
    const r = run([ing('m', { 'mirror-target': 'http://10.0.0.1$request_uri', 'permanent-redirect': 'https://x.test/' })]);
    assert.deepEqual(mirrorsOf(r), [undefined, undefined]);
  });

  test('HAProxy and Caddy: one warning per key (IC2103, with why), no mirror', () => {
    for (const target of ['haproxy', 'caddy'] as const) {
      const r = run([ing('m', { 'mirror-target': 'http://10.0.0.1$request_uri', 'mirror-host': 'x.test', 'mirror-request-body': 'off' }), ing('nn', { 'mirror-target': 'http://10.0.0.2$request_uri' }, 'b.test')], target);
      assert.ok(r.ok, `${target}: ${JSON.stringify(r.diagnostics)}`);
      const warned = r.diagnostics.filter((d) => d.code === 'IC2103').map((d) => d.message);
      assert.equal(warned.length, 3, `${target}: ${warned.join('\n')}`);
      assert.ok(warned.every((m) => /mirror/.test(m) && /(SPOE|no request mirroring)/.test(m)), warned.join('\n'));
      assert.ok(mirrorsOf(r).every((m) => m === undefined));
    }
  });

  test('Envoy: $request_uri alone is taken, any other path is refused at the key (IC3071); "off" warns and keeps the body', () => {
    const ok = run([ing('m', { 'mirror-target': 'http://10.0.0.1:9000$request_uri', 'mirror-request-body': 'off', 'mirror-host': 'copy.test' })], 'envoy');
    assert.ok(ok.ok, JSON.stringify(ok.diagnostics));
    assert.deepEqual(ok.diagnostics.filter((d) => d.code === 'IC2103').map((d) => d.message.includes(`${A}mirror-request-body`)), [true]);
    assert.deepEqual(mirrorsOf(ok)[0], { scheme: 'http', host: '10.0.0.1', port: 9000, target: [{ request: 'target' }], hostHeader: 'copy.test', body: true });
    for (const t of ['http://10.0.0.1/mirror', 'https://test.env.com/$request_uri', 'http://a.test/p$request_uri']) {
      const r = run([ing('m', { 'mirror-target': t })], 'envoy');
      const d = r.diagnostics.filter((x) => x.code === 'IC3071');
      assert.equal(d.length, 1, t);
      assert.match(d[0]!.message, /only a target of the form <scheme>:\/\/<host>\[:<port>\]\$request_uri/);
      assert.equal(r.ok, false);
    }
  });
});

describe('Traefik', () => {
  test('a mirroring service around the route\'s, its mirror a loadBalancer of the target without passing the Host; mirror-host and "off" warn', () => {
    const r = run([ing('m', { 'mirror-target': 'http://10.0.0.1:9000$request_uri', 'mirror-host': 'x.test', 'mirror-request-body': 'off' })], 'traefik');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2103').map((d) => /mirror-(host|request-body)/.exec(d.message)?.[1]).sort(), ['host', 'request-body']);
    assert.deepEqual(mirrorsOf(r)[0], { scheme: 'http', host: '10.0.0.1', port: 9000, target: [{ request: 'target' }], hostHeader: '10.0.0.1', body: true });
    const yaml = out(r);
    assert.match(yaml, /mirroring:\n\s+service: default_web_80\n\s+mirrors:\n\s+- name: ingressc-mirror-[0-9a-f]{12}\n\s+percent: 100/);
    assert.match(yaml, /ingressc-mirror-[0-9a-f]{12}:\n\s+loadBalancer:\n\s+servers:\n\s+- url: http:\/\/10\.0\.0\.1:9000\n\s+passHostHeader: false/);
    assert.equal(run([ing('m', { 'mirror-target': 'http://10.0.0.1/copy' })], 'traefik').diagnostics.filter((d) => d.code === 'IC3071').length, 1);
    // The vendored file-provider schema (strict) takes the mirroring service.
    assert.deepEqual(traefikValidator()(readOutput(r.files).dynamic), []);
  });
});

describe('Gateway API', () => {
  test('a target naming a Service is a RequestMirror to it (a ReferenceGrant for another namespace); mirror-host and "off" warn; anything else is refused', () => {
    const r = run([ing('m', { 'mirror-target': 'http://shadow.staging.svc.cluster.local:8080$request_uri', 'mirror-host': 'x.test', 'mirror-request-body': 'off' })], 'gateway-api');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2103').map((d) => /mirror-(host|request-body)/.exec(d.message)?.[1]).sort(), ['host', 'request-body']);
    const yaml = out(r);
    assert.match(yaml, /- type: "RequestMirror"\n\s+requestMirror:\n\s+backendRef:\n\s+name: "shadow"\n\s+namespace: "staging"\n\s+port: 8080/);
    assert.match(yaml, /kind: "ReferenceGrant"[\s\S]*namespace: "staging"[\s\S]*kind: "Service"\n\s+name: "shadow"/);
    // The v1.6.1 CRDs (structure and CEL rules) take the filter.
    assert.deepEqual(validateStream(yaml).problems, []);
    for (const t of ['http://10.0.0.1$request_uri', 'https://shadow.staging.svc$request_uri', 'http://shadow.staging.svc/x', 'http://a.b.c.d$request_uri']) {
      const x = run([ing('m', { 'mirror-target': t })], 'gateway-api');
      assert.equal(x.diagnostics.filter((d) => d.code === 'IC3071').length, 1, t);
    }
  });
});

describe('rewrite-target', () => {
  test('nginx sends the path the client sent ($request_uri); Envoy and Traefik copy the rewritten request: refused at mirror-target (IC3230)', () => {
    const both = { 'mirror-target': 'http://10.0.0.1$request_uri', 'rewrite-target': '/new' };
    const n = run([ing('m', both)]);
    assert.ok(n.ok, JSON.stringify(n.diagnostics));
    assert.ok(mirrorsOf(n).every((m) => m !== undefined));
    for (const target of ['envoy', 'traefik'] as const) {
      const r = run([ing('m', both)], target);
      const d = r.diagnostics.filter((x) => x.code === 'IC3230');
      assert.equal(d.length, 1, `${target}: ${JSON.stringify(r.diagnostics)}`);
      assert.match(d[0]!.message, new RegExp(`${A}mirror-target`));
      assert.equal(d[0]!.loc?.file, 'in0.yaml');
      assert.equal(r.ok, false);
    }
  });
});

describe('the IR reference: the copy\'s request target', () => {
  test('text, the request target as sent, and the query when there is one', () => {
    const target = (parts: RouteMirror['target'], t: string): string => mirrorRequestTarget({ target: parts }, t);
    assert.equal(target([{ request: 'target' }], '/a/%2e?b=c'), '/a/%2e?b=c');
    assert.equal(target([{ text: '/' }, { request: 'target' }], '/x'), '//x');
    assert.equal(target([{ text: '/mirror' }, { request: 'query' }], '/x?a=1'), '/mirror?a=1');
    assert.equal(target([{ text: '/mirror' }, { request: 'query' }], '/x?'), '/mirror');
    assert.equal(target([{ text: '/mirror' }, { request: 'query' }], '/x'), '/mirror');
  });
});

describe('nginx', () => {
  test('each location says mirror and mirror_request_body; one internal location per mirror proxies with the Host set', () => {
    const r = run([ing('m', { 'mirror-target': 'http://10.0.0.1:8081/copy', 'mirror-request-body': 'off' }), ing('nn', { 'mirror-target': 'https://mirror.test$request_uri', 'mirror-host': 'test.env.com' }, 'b.test')]);
    const conf = out(r);
    assert.equal(conf.match(/^\s*mirror \/@ingressc-mirror-0;$/gm)?.length, 6, conf); // two servers: "/", "= /api", "^~ /api/" each
    assert.equal(conf.match(/^\s*mirror_request_body off;$/gm)?.length, 3);
    assert.equal(conf.match(/^\s*mirror_request_body on;$/gm)?.length, 3);
    assert.match(conf, /location = \/@ingressc-mirror-0 \{\n\s*internal;\n\s*proxy_set_header Host "10\.0\.0\.1";\n\s*proxy_pass_request_body off;\n\s*proxy_set_header Content-Length "";\n\s*set \$ingressc_mirror_target "http:\/\/10\.0\.0\.1:8081\/copy\$\{is_args\}\$\{args\}";\n\s*proxy_pass \$ingressc_mirror_target;\n\s*\}/);
    assert.match(conf, /proxy_set_header Host "test\.env\.com";\n\s*set \$ingressc_mirror_target "https:\/\/mirror\.test\$\{request_uri\}";/);
    // A DNS name is resolved at request time: the resolver is configured.
    assert.match(conf, /^\s*resolver \S+ valid=30s;$/m);
  });

  test('an IP target needs no resolver; a mirrored location answers in place (a jump would skip the precontent phase)', () => {
    const conf = out(run([ing('m', { 'mirror-target': 'http://10.0.0.1$request_uri' })]));
    assert.doesNotMatch(conf, /resolver /);
    assert.doesNotMatch(conf, /return 418;/);
  });

  test('the URL is quoted once, and text a grammar would refuse never reaches it', () => {
    const m: RouteMirror = { scheme: 'http', host: 'a.test', target: [{ text: '/x' }, { request: 'target' }], hostHeader: 'a.test', body: true };
    assert.equal(mirrorUrl(m), '"http://a.test/x${request_uri}"');
    for (const text of ['/x"', '/$host', '/a b', '/x;\n']) assert.throws(() => mirrorUrl({ ...m, target: [{ text }] }), text);
    assert.throws(() => mirrorUrl({ ...m, host: 'a.test/x' }));
  });
});

describe('Envoy', () => {
  test('request_mirror_policies with the Host rewritten (no "-shadow"); one cluster per address, DNS or static, TLS for https', () => {
    const r = run([ing('m', { 'mirror-target': 'https://mirror.test$request_uri' }), ing('nn', { 'mirror-target': 'http://10.0.0.1:9000$request_uri', 'mirror-host': 'h.test' }, 'b.test')], 'envoy');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const conf = JSON.parse(r.files.find((f) => f.path === 'envoy.json')!.content) as { static_resources: { clusters: { name: string; type: string; transport_socket?: unknown }[] } };
    const mirrors = conf.static_resources.clusters.filter((c) => c.name.startsWith('ingressc_mirror_'));
    assert.deepEqual(mirrors.map((c) => [c.type, c.transport_socket !== undefined]).sort(), [['STATIC', false], ['STRICT_DNS', true]]);
    const text = out(r);
    assert.equal(text.match(/"host_rewrite_literal": "mirror\.test"/g)?.length, 2, text); // "/" and "/api" on the HTTP listener
    assert.match(text, /"host_rewrite_literal": "h\.test"/);
  });

  test('the policy refuses a template Envoy cannot send (lowering never gives one)', () => {
    const m: RouteMirror = { scheme: 'http', host: '10.0.0.1', target: [{ text: '/x' }], hostHeader: 'a', body: true };
    assert.throws(() => mirrorPolicies(m));
    assert.deepEqual(mirrorPolicies(undefined), {});
    assert.equal(mirrorClusters({ vhosts: [] } as never).length, 0);
  });
});

describe('ingressc match', () => {
  test('states the copy a mirroring route sends, with the request target filled in, only when the route proxies', () => {
    const texts = [{ path: 'in.yaml', text: ing('m', { 'mirror-target': 'http://[2001:db8::1]:8080/m$request_uri', 'mirror-request-body': 'off' }) }];
    const m = match(texts, { url: 'http://a.test/api/x?q=1' });
    assert.ok(m.ok, JSON.stringify(m.diagnostics));
    assert.deepEqual(m.route?.mirror, { url: 'http://[2001:db8::1]:8080/m/api/x?q=1', hostHeader: '[2001:db8::1]', body: false });
    assert.match(renderMatchText(m), /mirror {2}a copy goes to http:\/\/\[2001:db8::1\]:8080\/m\/api\/x\?q=1 \(Host \[2001:db8::1\], without the body\)/);
    const plain = match([{ path: 'in.yaml', text: ing('p', {}) }], { url: 'http://a.test/api/x' });
    assert.equal(plain.route?.mirror, undefined);
    assert.doesNotMatch(renderMatchText(plain), /mirror/);
  });
});
