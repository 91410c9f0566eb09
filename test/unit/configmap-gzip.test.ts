/**
 * use-gzip and the gzip-* keys: their grammars (configmap/gzip.ts), located errors, what lowering
 * puts in RouteTable.compression on each target (controller-config.ts gzipOf), and the warnings
 * and refusals where a target cannot apply a knob. Live: test/e2e/configmap-gzip.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { parseConfigValue } from '../../src/providers/ingress-nginx/configmap/read.js';
import { buildCase } from '../e2e/configmap-live.js';
import { TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';

const ok = (type: Parameters<typeof parseConfigValue>[0], v: string): unknown => {
  const r = parseConfigValue(type, v);
  assert.ok('value' in r, `${type} ${JSON.stringify(v)}: ${'expected' in r ? r.expected : ''}`);
  return r.value;
};
const bad = (type: Parameters<typeof parseConfigValue>[0], v: string): string => {
  const r = parseConfigValue(type, v);
  assert.ok('expected' in r, `${type} ${JSON.stringify(v)} accepted`);
  return r.expected;
};

const DEFAULT_TYPES = [
  'application/atom+xml', 'application/javascript', 'application/json', 'application/rss+xml', 'application/vnd.ms-fontobject', 'application/x-font-ttf',
  'application/x-javascript', 'application/x-web-app-manifest+json', 'application/xhtml+xml', 'application/xml', 'font/opentype', 'image/svg+xml',
  'image/x-icon', 'text/css', 'text/html', 'text/javascript', 'text/plain', 'text/x-component',
];

const PORTS = { http: 8080, https: 8443 };
const run = (data: Record<string, string>, target: TargetName) => buildCase({ data, ingresses: [{ name: 'app', host: 'app.cm.test' }] }, target, PORTS, 9);
/** Findings at the ConfigMap (cm.yaml), without the unmodelled-default notes. */
const at = (r: ReturnType<typeof run>): string[] => r.diagnostics.filter((d) => d.loc?.file === 'cm.yaml' && d.code !== 'IC3154').map((d) => `${d.code} ${d.loc?.line}:${d.loc?.col}`);

describe('grammars', () => {
  test('gzip-level: 1 to 9 in decimal', () => {
    for (const v of ['1', '5', '9']) assert.equal(ok('gzip-level', v), Number(v));
    for (const v of ['0', '10', '-1', '+5', '0x5', ' 5', '', 'best']) bad('gzip-level', v);
  });
  test('brotli-level: 0 to 11 in decimal', () => {
    for (const v of ['0', '4', '11']) assert.equal(ok('brotli-level', v), Number(v));
    for (const v of ['12', '-1', '011', '4.0', '']) bad('brotli-level', v);
  });
  test('gzip-min-length: decimal bytes within a uint32', () => {
    assert.equal(ok('byte-count', '0'), 0);
    assert.equal(ok('byte-count', '4294967295'), 4294967295);
    // "010": Go's base-0 ParseInt, as ingress-nginx decodes the key, reads 8; refused rather than read as 10.
    for (const v of ['4294967296', '-1', '1k', '1e3', '0x10', '', '010', '04294967295']) bad('byte-count', v);
  });
  test('gzip-types: space-separated MIME types, lowercased, unique and sorted; "*" anywhere is every type', () => {
    assert.deepEqual(ok('mime-types', ' Text/Plain  application/json text/plain '), ['application/json', 'text/plain']);
    assert.equal(ok('mime-types', 'text/plain *'), '*');
    assert.match(bad('mime-types', ''), /empty gzip_types/);
    assert.match(bad('mime-types', '   '), /empty gzip_types/);
    for (const v of ['text/plain;', 'text', 'text/plain#x', 'a/b/c', 'text/$x', 'text/pl{ain', '"text/plain"']) assert.match(bad('mime-types', v), /MIME types/, v);
  });
  test('gzip-disable: a regex of the portable subset; "" is none; nginx\'s msie6 keyword is refused with the regex to write', () => {
    assert.equal(ok('ua-regex', ''), '');
    assert.equal(ok('ua-regex', 'MSIE\\s[4-6]\\.'), 'MSIE\\s[4-6]\\.');
    assert.match(bad('ua-regex', 'msie6'), /MSIE\\s\[4-6\]/);
    for (const v of ['(?=x)', 'a{', '(a', '\\1', 'MSIE 6']) assert.match(bad('ua-regex', v), /portable subset \(\\s for a space\)/, v);
  });
});

describe('lowering', () => {
  test('use-gzip "true" alone: ingress-nginx\'s defaults, text/html always among the types', () => {
    assert.deepEqual(run({ 'use-gzip': 'true' }, 'nginx').ir?.compression, { level: 1, minLength: 256, types: DEFAULT_TYPES });
  });
  test('every knob on nginx; only text/html is added to a list', () => {
    const r = run({ 'use-gzip': 'true', 'gzip-level': '7', 'gzip-min-length': '10', 'gzip-types': 'application/json', 'gzip-disable': 'bot' }, 'nginx');
    assert.deepEqual(r.ir?.compression, { level: 7, minLength: 10, types: ['application/json', 'text/html'], disableUserAgent: 'bot' });
    assert.deepEqual(at(r), []);
  });
  test('use-gzip absent or "false": no compression, and the companions say nothing on any target', () => {
    for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik', 'gateway-api'] as TargetName[])
      for (const use of [{}, { 'use-gzip': 'false' }] as Record<string, string>[]) {
        const r = run({ ...use, 'gzip-level': '9', 'gzip-min-length': '1', 'gzip-types': '*', 'gzip-disable': 'bot' }, target);
        assert.ok(r.ok, target);
        assert.equal(r.ir?.compression, undefined, target);
        assert.deepEqual(at(r), [], target);
      }
  });
  test('a knob a target cannot apply is left out of its IR with a warning (IC3152) at the key', () => {
    const data = { 'use-gzip': 'true', 'gzip-level': '7', 'gzip-min-length': '10', 'gzip-types': 'text/css', 'gzip-disable': 'bot' };
    const want: Record<TargetName, { compression: object | undefined; warned: string[] }> = {
      nginx: { compression: { level: 7, minLength: 10, types: ['text/css', 'text/html'], disableUserAgent: 'bot' }, warned: [] },
      caddy: { compression: { level: 7, minLength: 10, types: ['text/css', 'text/html'], disableUserAgent: 'bot' }, warned: [] },
      haproxy: { compression: { level: 7, types: ['text/css', 'text/html'] }, warned: ['IC3152 7:3', 'IC3152 9:3'] },
      envoy: { compression: { level: 7, minLength: 10, types: ['text/css', 'text/html'] }, warned: ['IC3152 9:3'] },
      traefik: { compression: { minLength: 10, types: ['text/css', 'text/html'] }, warned: ['IC3152 6:3', 'IC3152 9:3'] },
      'gateway-api': { compression: undefined, warned: ['IC3152 5:3', 'IC3152 6:3', 'IC3152 7:3', 'IC3152 8:3', 'IC3152 9:3'] },
    };
    for (const [target, w] of Object.entries(want) as [TargetName, (typeof want)[TargetName]][]) {
      const r = run(data, target);
      assert.ok(r.ok, target);
      assert.deepEqual(r.ir?.compression, w.compression, target);
      assert.deepEqual(at(r).sort(), w.warned, target);
    }
  });
  test('gzip-types "*" (anywhere in the list): every type (types absent)', () => {
    for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'] as TargetName[]) {
      const r = run({ 'use-gzip': 'true', 'gzip-types': 'text/plain *' }, target);
      assert.ok(r.ok, target);
      assert.deepEqual(r.ir?.compression, target === 'traefik' ? { minLength: 256 } : target === 'haproxy' ? { level: 1 } : { level: 1, minLength: 256 }, target);
    }
  });
  test('invalid values are located errors (IC2300) at the key, on every target', () => {
    for (const [key, v] of [['gzip-level', '0'], ['gzip-min-length', '-5'], ['gzip-types', 'text/plain;'], ['gzip-disable', '(?<=a)b'], ['gzip-disable', 'msie6'], ['use-gzip', 'yes']])
      for (const target of ['nginx', 'envoy'] as TargetName[]) {
        const r = run({ 'use-gzip': 'true', [key!]: v! }, target);
        assert.equal(r.ok, false, `${key} ${v}`);
        assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => `${d.loc?.file}:${d.loc?.line}:${d.loc?.col}`), [`cm.yaml:${key === 'use-gzip' ? 5 : 6}:3`], `${key} ${v}`);
      }
  });
});

describe('brotli', () => {
  test('enable-brotli "true": Envoy takes ingress-nginx\'s defaults (its list has application/xml+rss too); the others warn (IC3152) and compress nothing with br', () => {
    const r = run({ 'enable-brotli': 'true' }, 'envoy');
    assert.deepEqual(r.ir?.brotli, { level: 4, minLength: 20, types: ['application/xml+rss', ...DEFAULT_TYPES].sort() });
    assert.deepEqual(at(r), []);
    for (const target of ['nginx', 'haproxy', 'caddy', 'traefik', 'gateway-api'] as TargetName[]) {
      const o = run({ 'enable-brotli': 'true', 'brotli-level': '7' }, target);
      assert.ok(o.ok, target);
      assert.equal(o.ir?.brotli, undefined, target);
      assert.deepEqual(at(o), ['IC3152 5:3', 'IC3152 6:3'], target);
    }
  });
  test('the brotli-* keys without enable-brotli: nothing, and nothing said', () => {
    for (const target of ['nginx', 'envoy', 'traefik'] as TargetName[]) {
      const r = run({ 'brotli-level': '11', 'brotli-min-length': '0', 'brotli-types': '*' }, target);
      assert.equal(r.ir?.brotli, undefined, target);
      assert.deepEqual(at(r), [], target);
    }
  });
  test('envoy: a brotli compressor first (chosen on equal weights), then gzip', () => {
    const r = run({ 'enable-brotli': 'true', 'brotli-level': '0', 'brotli-types': '*', 'use-gzip': 'true' }, 'envoy');
    const text = JSON.stringify(JSON.parse(r.files.map((f) => f.content).join('')));
    const br = text.indexOf('"name":"envoy.filters.http.compressor.brotli"');
    const gz = text.indexOf('"name":"envoy.filters.http.compressor"');
    assert.ok(br >= 0 && gz > br, text);
    assert.match(text, /"min_content_length":20,"content_type_matcher":\[\{"safe_regex":\{"regex":"\.\*"\}\}\]/);
    assert.match(text, /"choose_first":true,"compressor_library":\{"name":"brotli","typed_config":\{"@type":"type.googleapis.com\/envoy.extensions.compression.brotli.compressor.v3.Brotli","quality":0\}\}/);
  });
});

describe('emitters', () => {
  const out = (target: TargetName, data: Record<string, string>): string => {
    const r = run(data, target);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    return r.files.map((f) => f.content).join('\n');
  };
  const data = { 'use-gzip': 'true', 'gzip-level': '4', 'gzip-min-length': '300', 'gzip-types': 'application/json', 'gzip-disable': 'Old\\.Browser$' };
  test('nginx: nginx.tmpl\'s gzip block; the regex quoted, "$" rendered for PCRE; text/html not repeated', () => {
    const conf = out('nginx', data);
    const block = ['gzip on;', 'gzip_comp_level 4;', 'gzip_disable "Old\\\\.Browser\\\\z";', 'gzip_http_version 1.1;', 'gzip_min_length 300;', 'gzip_types application/json;', 'gzip_proxied any;', 'gzip_vary on;'];
    assert.ok(conf.includes(block.join('\n    ')), conf);
    assert.match(out('nginx', { 'use-gzip': 'true', 'gzip-types': '*' }), /gzip_types \*;/);
    assert.doesNotMatch(out('nginx', { 'use-gzip': 'true', 'gzip-types': 'text/html' }), /gzip_types/);
  });
  test('haproxy: the level is global, the types quoted in the frontend', () => {
    const cfg = out('haproxy', data);
    assert.match(cfg, /^ {4}tune\.comp\.maxlevel 4$/m);
    assert.match(cfg, /^ {4}compression algo gzip\n {4}compression type 'application\/json' 'text\/html'$/m);
    assert.doesNotMatch(out('haproxy', { 'use-gzip': 'true', 'gzip-types': '*' }), /compression type/);
  });
  test('envoy: the compressor with the gzip library, nginx\'s three statuses only', () => {
    const b = JSON.parse(out('envoy', data)) as unknown;
    const text = JSON.stringify(b);
    assert.match(text, /"min_content_length":300,"content_type_matcher":\[\{"exact":"application\/json","ignore_case":true\},\{"exact":"text\/html","ignore_case":true\}\]/);
    assert.match(JSON.stringify(JSON.parse(out('envoy', { 'use-gzip': 'true', 'gzip-types': '*' }))), /"content_type_matcher":\[\{"safe_regex":\{"regex":"\.\*"\}\}\]/);
    assert.match(text, /"compression_level":"COMPRESSION_LEVEL_4"/);
    const codes = (/"uncompressible_response_codes":\[([0-9,]+)\]/.exec(text)?.[1] ?? '').split(',').map(Number);
    assert.equal(codes.length, 397);
    for (const c of [200, 403, 404]) assert.ok(!codes.includes(c), String(c));
    for (const c of [201, 206, 500, 599]) assert.ok(codes.includes(c), String(c));
  });
  test('caddy: the route after the header-name drop encodes, skipped for a matching User-Agent; types with or without parameters', () => {
    const c = JSON.parse(out('caddy', data)) as { apps: { http: { servers: Record<string, { routes: { handle: { handler: string }[] }[] }> } } };
    for (const s of Object.values(c.apps.http.servers)) {
      // RouteTable.dropRequestHeaders (ingress-nginx's default) is the very first route: nothing reads a header before it.
      assert.equal(s.routes[0]!.handle[0]!.handler, 'headers');
      assert.deepEqual(s.routes[1], {
        match: [{ not: [{ header_regexp: { 'User-Agent': { pattern: '(?i)Old\\.Browser\\z' } } }] }],
        handle: [{ handler: 'encode', encodings: { gzip: { level: 4 } }, minimum_length: 300, match: { status_code: [200, 403, 404], headers: { 'Content-Type': ['application/json', 'application/json;*', 'text/html', 'text/html;*'] } } }],
      });
    }
  });
  test('traefik: one compress middleware, first on the routers', () => {
    const y = out('traefik', { ...data, 'gzip-level': '1', 'gzip-disable': '' });
    assert.match(y, /ingressc-compress:\n {6}compress:\n {8}encodings:\n {10}- gzip\n {8}includedContentTypes:\n {10}- application\/json\n {10}- text\/html\n {8}minResponseBodyBytes: 300/);
    assert.match(y, /middlewares:\n {8}- ingressc-compress\n/);
  });
  test('traefik, evaluated: every proxied answer (plain, HTTPS, an allow-listed route) passes the compress middleware; without use-gzip none', () => {
    const build = (d: Record<string, string>): TraefikModel => {
      const r = buildCase(
        { data: d, tlsHosts: ['tls.cm.test'], ingresses: [{ name: 'app', host: 'app.cm.test' }, { name: 'tls', host: 'tls.cm.test', tls: true, annotations: { 'ssl-redirect': 'false', 'whitelist-source-range': '127.0.0.0/8' } }] },
        'traefik',
        PORTS,
        9,
      );
      assert.ok(r.ok, JSON.stringify(r.diagnostics));
      const out = readOutput(r.files);
      assert.deepEqual(traefikValidator()(out.dynamic), []);
      return new TraefikModel(out.dynamic);
    };
    const m = build({ 'use-gzip': 'true', 'gzip-min-length': '300', 'gzip-types': 'application/json' });
    const want = { encodings: ['gzip'], includedContentTypes: ['application/json', 'text/html'], minResponseBodyBytes: 300 };
    for (const req of [{ host: 'app.cm.test', path: '/x' }, { host: 'tls.cm.test', path: '/', https: true, clientIp: '127.0.0.1' }, { host: 'tls.cm.test', path: '/', clientIp: '127.0.0.1' }]) {
      const o = m.route(req);
      assert.equal(o.kind, 'proxied', JSON.stringify(req));
      assert.deepEqual(o.kind === 'proxied' ? o.compress : undefined, want, JSON.stringify(req));
    }
    const o = build({ 'gzip-min-length': '300' }).route({ host: 'app.cm.test', path: '/x' });
    assert.equal(o.kind === 'proxied' ? o.compress : 'not proxied', undefined);
  });
  test('gateway-api: nothing emitted', () => {
    assert.doesNotMatch(out('gateway-api', { 'use-gzip': 'true' }), /compress|gzip/i);
  });
});

test('compile() without a ConfigMap: no compression', () => {
  const r = compile([{ path: 'a.yaml', text: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: a, namespace: default}\nspec:\n  ingressClassName: nginx\n  rules:\n  - host: a.test\n    http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}\n' }], { target: 'nginx', backends: ['default/echo:80=127.0.0.1:9'] });
  assert.ok(r.ok);
  assert.equal(r.ir?.compression, undefined);
  assert.doesNotMatch(r.files.map((f) => f.content).join(''), /gzip/);
});
