import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { buildDynamic } from '../../src/emit/traefik/emit-traefik.js';
import { priorities } from '../../src/emit/traefik/priority.js';
import { matchRequest } from '../../src/ir/match.js';
import { analyze, compile, type CompileOptions, type RouteTable, type SourceFile } from '../../src/index.js';
import { repoRoot } from '../harness/proxies.js';
import { TraefikModel, type Outcome } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { requestPath } from '../traefik/request.js';
import { traefikValidator } from '../traefik/strict-schema.js';

const ingress = (name: string, spec: string, ns = 'default'): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: ${ns}
spec:
${spec}`;
const path = (p: string, type: string, svc: string): string =>
  `      - path: ${p}\n        pathType: ${type}\n        backend:\n          service:\n            name: ${svc}\n            port:\n              number: 80\n`;
const rule = (host: string | null, ...paths: string[]): string => `  - ${host ? `host: "${host}"\n    ` : ''}http:\n      paths:\n${paths.join('')}`;
const annotated = (name: string, annotations: Record<string, string>, spec: string): string =>
  ingress(name, spec).replace('  namespace: default\n', `  namespace: default\n  annotations:\n${Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: "${v}"\n`).join('')}`);
const src = (...docs: string[]): SourceFile[] => docs.map((text, i) => ({ path: `in${i}.yaml`, text }));
const fixture = (rel: string): SourceFile => ({ path: rel, text: readFileSync(join(repoRoot(), rel), 'utf8') });

const CERT = fixture('fixtures/cafe/cafe-secret.yaml');

/** Ingress sets that exercise every IR feature the Traefik output has to reproduce. */
const SETS: Record<string, { sources: SourceFile[]; options?: CompileOptions }> = {
  'routing semantics': { sources: [fixture('fixtures/golden/routing-semantics/input/ingresses.yaml')] },
  'default backends': { sources: [fixture('fixtures/golden/default-backends/input/ingresses.yaml')] },
  'cafe with TLS': { sources: ['fixtures/cafe/cafe-ingress.yaml', 'fixtures/cafe/cafe-services.yaml', 'fixtures/cafe/cafe-secret.yaml'].map(fixture), options: { listenHttps: '0.0.0.0:8443' } },
  'overlaps across host classes': {
    sources: src(
      ingress(
        'mix',
        `  tls:\n  - hosts: ["a.foo.com"]\n    secretName: cafe-secret\n  rules:\n${rule('a.foo.com', path('/x', 'Prefix', 'ax'), path('/x/y', 'Exact', 'axy'))}${rule('*.foo.com', path('/x', 'Prefix', 'wx'), path('/', 'Exact', 'wroot'))}${rule(
          null,
          path('/', 'Prefix', 'anyroot'),
          path('/x', 'Exact', 'anyx'),
          path('/x/y/z', 'Prefix', 'anyxyz'),
        )}${rule('b.test', path('/p', 'Prefix', 'bp'), path('/p/', 'Exact', 'bpslash'), path('/pq', 'Prefix', 'bpq'))}`,
      ),
      CERT.text,
    ),
  },
  'no host-less rules, global default': {
    sources: src(ingress('only', `  rules:\n${rule('only.test', path('/a', 'Prefix', 'a'))}${rule('*.w.test', path('/b', 'Exact', 'b'))}`)),
    options: { defaultBackend: 'default/dflt:80', sslRedirect: false },
  },
  // Per-location HTTPS redirects (ssl-redirect, force-ssl-redirect, preserve-trailing-slash), a location
  // redirect on a TLS host, app-root, and from-to-www-redirect with a certificate for both names.
  redirects: {
    sources: src(
      annotated('secure', {}, `  tls:\n  - hosts: ["cafe.example.com"]\n    secretName: cafe-secret\n  rules:\n${rule('cafe.example.com', path('/secure', 'Prefix', 's'))}`),
      annotated('open', { 'ssl-redirect': 'false' }, `  rules:\n${rule('cafe.example.com', path('/open', 'Prefix', 'o'), path('/', 'Exact', 'oroot'))}`),
      annotated('forced', { 'force-ssl-redirect': 'true', 'preserve-trailing-slash': 'true' }, `  rules:\n${rule('mixed.test', path('/forced', 'Prefix', 'f'))}`),
      annotated('plain', {}, `  rules:\n${rule('mixed.test', path('/plain', 'Prefix', 'p'))}`),
      annotated('moved', { 'permanent-redirect': 'https://elsewhere.test/a?b=1', 'permanent-redirect-code': '301' }, `  rules:\n${rule('cafe.example.com', path('/moved', 'Prefix', 'm'))}`),
      annotated('root', { 'app-root': '/app' }, `  rules:\n${rule('root.test', path('/', 'Prefix', 'r'))}`),
      annotated('www', { 'from-to-www-redirect': 'true' }, `  tls:\n  - hosts: ["site.test", "www.site.test"]\n    secretName: cafe-secret\n  rules:\n${rule('www.site.test', path('/', 'Prefix', 'w'))}`),
      CERT.text,
    ),
    options: { listenHttps: '0.0.0.0:8443' },
  },
  'service without endpoints': {
    sources: src(
      ingress('empty', `  rules:\n${rule('e.test', path('/', 'Prefix', 'none'))}`),
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: none\n  namespace: default\nspec:\n  ports:\n  - name: http\n    port: 80\n',
      'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: none-1\n  namespace: default\n  labels:\n    kubernetes.io/service-name: none\naddressType: IPv4\nports:\n- name: http\n  port: 8080\nendpoints: []\n',
    ),
  },
};

function build(set: { sources: SourceFile[]; options?: CompileOptions }) {
  const r = compile(set.sources, { ...set.options, target: 'traefik' });
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  return { r, ir: r.ir!, out: readOutput(r.files) };
}

/** Hosts and paths around every vhost and route: on them, off by a character, a case, a slash. */
function requestGrid(ir: RouteTable): { hosts: (string | undefined)[]; paths: string[] } {
  const hosts: (string | undefined)[] = [undefined, 'unknown.test', 'UNKNOWN.test:81'];
  const paths = new Set(['/', '/zzz', '/?q=1', '//x', '/x/../x']);
  for (const vh of ir.vhosts) {
    if (vh.kind === 'exact') hosts.push(vh.name, vh.name.toUpperCase(), `${vh.name}:8080`, `${vh.name}.`, `x.${vh.name}`);
    if (vh.kind === 'wildcard') hosts.push(`x.${vh.wildcardSuffix}`, `X.${vh.wildcardSuffix.toUpperCase()}:443`, `a.b.${vh.wildcardSuffix}`, vh.wildcardSuffix, `x.${vh.wildcardSuffix}.`);
    for (const r of [...vh.exact, ...vh.prefix]) {
      const p = r.path === '/' ? '' : r.path;
      for (const q of [r.path, `${p}/`, `${p}/x`, `${p}x`, r.path.toUpperCase(), `${r.path}?a=b`, `${p}/x/..`]) if (q.startsWith('/')) paths.add(q);
    }
  }
  return { hosts, paths: [...paths] };
}

/**
 * What the IR says Traefik must answer, in the evaluator's terms. A redirect's status is Traefik's
 * for `method` (GET: 301 for the IR's 301/308, 302 for 302/307; src/emit/traefik/redirects.ts); its
 * Location's scheme and host are compared in lower case (Traefik keeps the Host header's case).
 */
function expected(ir: RouteTable, host: string | undefined, p: string, https: boolean, method = 'GET'): string {
  const m = matchRequest(ir, host ?? '', p, { https, method });
  if (m.redirect) {
    const permanent = m.redirect.status === 301 || m.redirect.status === 308;
    const status = method === 'GET' ? (permanent ? 301 : 302) : permanent ? 308 : 307;
    return `redirect ${status} ${authorityLower(m.redirect.location)}`;
  }
  if (m.upstream === undefined) return '404';
  return ir.upstreams.find((u) => u.id === m.upstream)!.endpoints.length === 0 ? '503' : m.upstream;
}

const authorityLower = (loc: string): string => loc.replace(/^[a-z]+:\/\/[^/?]*/i, (a) => a.toLowerCase());
const got = (o: Outcome): string => (o.kind === 'proxied' ? o.service : o.kind === 'redirect' ? `redirect ${o.status} ${authorityLower(o.location)}` : String(o.status));

describe('Traefik routing equals the IR reference semantics', () => {
  for (const [name, set] of Object.entries(SETS)) {
    test(name, () => {
      const { ir, out } = build(set);
      const model = new TraefikModel(out.dynamic);
      const { hosts, paths } = requestGrid(ir);
      const https = ir.certificates.length > 0 ? [false, true] : [false];
      const wrong: string[] = [];
      let n = 0;
      for (const host of hosts)
        for (const p of paths)
          for (const tls of https) {
            // Traefik removes dot segments and duplicate slashes before routing (as nginx does).
            const clean = requestPath(p, { sanitizePath: true })!.forwarded;
            for (const method of ['GET', 'POST']) {
              const want = expected(ir, host, clean, tls, method);
              const have = got(model.route({ ...(host !== undefined ? { host } : {}), path: p, https: tls, method }));
              n++;
              if (want !== have) wrong.push(`${method} ${tls ? 'https' : 'http'} ${host ?? '(no host)'} ${p}: IR ${want}, Traefik ${have}`);
            }
          }
      assert.deepEqual(wrong, [], `${wrong.length} of ${n} requests differ`);
      assert.ok(n > 50);
    });
  }
});

describe('Traefik output', () => {
  const validate = traefikValidator();

  test('validates against the strict schema and parses back to the built object', () => {
    for (const set of Object.values(SETS)) {
      const { ir, out, r } = build(set);
      assert.deepEqual(validate(out.dynamic), []);
      assert.deepEqual(out.dynamic, JSON.parse(JSON.stringify(buildDynamic(ir))));
      assert.equal(r.mainFile, 'traefik-static.yaml');
    }
  });

  // The request normalisation: %2F, %5C and %00 refused, the other reserved escapes kept, paths sanitized.
  const PATH_RULES = {
    sanitizePath: true,
    encodedCharacters: { allowEncodedSlash: false, allowEncodedBackSlash: false, allowEncodedNullCharacter: false, allowEncodedSemicolon: true, allowEncodedPercent: true, allowEncodedQuestionMark: true, allowEncodedHash: true },
  };
  test('the static config defines web and websecure at the listen addresses and loads traefik.yaml', () => {
    const { out } = build({ sources: SETS['routing semantics']!.sources, options: { listenHttp: '[::]:8080', listenHttps: '127.0.0.1:8443' } });
    assert.deepEqual(out.static, {
      global: { checkNewVersion: false, sendAnonymousUsage: false },
      entryPoints: { web: { address: '[::]:8080', http: PATH_RULES }, websecure: { address: '127.0.0.1:8443', http: PATH_RULES } },
      providers: { file: { filename: 'traefik.yaml' } },
    });
  });

  test('every router has an explicit, positive priority, and rules only use double-quoted values', () => {
    for (const set of Object.values(SETS)) {
      const { out } = build(set);
      for (const [name, r] of Object.entries(out.dynamic.http!.routers!)) {
        assert.ok(Number.isInteger(r.priority) && r.priority! > 0, name);
        assert.ok(!r.rule.includes('`'), name);
      }
    }
  });

  test('HTTPS routers and tls only when the IR has certificates', () => {
    const plain = build(SETS['routing semantics']!).out.dynamic;
    assert.equal(plain.tls, undefined);
    assert.ok(Object.values(plain.http!.routers!).every((r) => r.tls === undefined && r.entryPoints!.join() === 'web'));
    const cafe = build(SETS['cafe with TLS']!).out.dynamic;
    assert.deepEqual(cafe.tls, {
      certificates: [{ certFile: 'certs/default-cafe-secret.crt', keyFile: 'certs/default-cafe-secret.key' }],
      stores: { default: { defaultCertificate: { certFile: 'certs/default-cafe-secret.crt', keyFile: 'certs/default-cafe-secret.key' } } },
    });
    const https = Object.values(cafe.http!.routers!).filter((r) => r.tls);
    assert.ok(https.length > 0 && https.every((r) => r.entryPoints!.join() === 'websecure' && !r.middlewares?.includes('ingressc-redirect-1')));
    assert.deepEqual(cafe.http!.middlewares!['ingressc-redirect-1'], { redirectRegex: { regex: '^http://(\\[[^\\]/]*\\]|(?:[^/:]*[^/:.])?)\\.?(?::[0-9]*)?(.*?)/?$', replacement: 'https://${1}:8443${2}', permanent: true } });
  });

  test('an upstream without endpoints has no service; its routes answer 503', () => {
    const { out } = build(SETS['service without endpoints']!);
    assert.equal(out.dynamic.http!.services, undefined);
    assert.deepEqual(out.dynamic.http!.middlewares, {
      'ingressc-unavailable': { ipAllowList: { sourceRange: ['255.255.255.255/32'], rejectStatusCode: 503 } },
      // The bottom catch-all for unknown hosts (some router must match every request).
      'ingressc-not-found': { ipAllowList: { sourceRange: ['255.255.255.255/32'], rejectStatusCode: 404 } },
    });
    assert.deepEqual(new TraefikModel(out.dynamic).route({ host: 'e.test', path: '/a' }), { kind: 'status', status: 503, router: 'host_e.test_prefix_0_http', reason: 'ipAllowList' });
  });

  test('deterministic: same bytes twice and with shuffled inputs', () => {
    const set = SETS['overlaps across host classes']!;
    const a = compile(set.sources, { target: 'traefik' });
    const b = compile([...set.sources].reverse(), { target: 'traefik' });
    assert.deepEqual(a.files, compile(set.sources, { target: 'traefik' }).files);
    assert.deepEqual(a.files.map((f) => f.content), b.files.map((f) => f.content));
    const yaml = a.files.find((f) => f.path === 'traefik.yaml')!.content;
    assert.ok(yaml.startsWith('# Generated by ingressc'));
    assert.equal(yaml.split('\n').filter((l) => l.includes('#')).length, 1); // no user text in comments
  });
});

describe('priorities', () => {
  const ir = (...docs: string[]): RouteTable => {
    const a = analyze(src(...docs));
    assert.ok(a.ir);
    return a.ir;
  };

  test('exact > longer prefix > shorter prefix > catch-all, and classes never interleave', () => {
    const p = priorities(ir(ingress('a', `  rules:\n${rule('a.test', path('/x', 'Prefix', 's'))}`)));
    for (const kind of ['exact', 'wildcard', 'any'] as const) {
      assert.ok(p.exact(kind, '/') > p.prefix(kind, { path: '/a/very/long/path/indeed', match: 'Prefix' }));
      assert.ok(p.prefix(kind, { path: '/aa', match: 'Prefix' }) > p.prefix(kind, { path: '/a', match: 'Prefix' }));
      assert.ok(p.prefix(kind, { path: '/', match: 'Prefix' }) > p.catchAll(kind));
      assert.ok(p.catchAll(kind) >= 1);
    }
    assert.ok(p.catchAll('exact') > p.exact('wildcard', '/a/very/long/path/indeed'));
    assert.ok(p.catchAll('wildcard') > p.exact('any', '/a/very/long/path/indeed'));
    assert.deepEqual([p.catchAll('any'), p.prefix('wildcard', { path: '/x', match: 'Prefix' }), p.exact('exact', '/x')], [1, 1_000_003, 2_500_002]);
  });

  test('with the longest path validation allows, exact ranks stay above prefixes and classes stay apart', () => {
    const long = `/${'a'.repeat(2047)}`; // MAX_PATH_LENGTH (longer paths are refused with IC2035)
    const p = priorities(ir(ingress('a', `  rules:\n${rule('a.test', path(long, 'Prefix', 's'), path('/b', 'Exact', 't'))}`)));
    assert.ok(p.exact('exact', '/b') > p.prefix('exact', { path: long, match: 'Prefix' }));
    assert.ok(p.catchAll('exact') > p.exact('wildcard', long));
  });
});

describe('diagnostics', () => {
  test('redirects: one info that Traefik answers 301 to GET', () => {
    const r = compile(SETS['cafe with TLS']!.sources, { target: 'traefik' });
    assert.deepEqual(r.diagnostics.filter((d) => d.code.startsWith('IC43')).map((d) => [d.code, d.severity, d.target]), [['IC4301', 'info', 'traefik']]);
    assert.equal(compile(SETS['cafe with TLS']!.sources, { target: 'traefik', sslRedirect: false }).diagnostics.filter((d) => d.code === 'IC4301').length, 0);
  });

  test('a TLS host whose certificate does not name it is reported', () => {
    // cafe-secret names cafe.example.com only; tea.test is paired with it through a second Secret id.
    const other = CERT.text.replace(/name: cafe-secret/, 'name: other-secret');
    const sources = src(
      ingress('t', `  tls:\n  - hosts: ["cafe.example.com"]\n    secretName: cafe-secret\n  - hosts: ["tea.test"]\n    secretName: other-secret\n  rules:\n${rule('tea.test', path('/', 'Prefix', 'tea'))}${rule('cafe.example.com', path('/', 'Prefix', 'cafe'))}`),
      CERT.text,
      other,
    );
    const r = compile(sources, { target: 'traefik' });
    assert.ok(r.ok);
    const d = r.diagnostics.filter((x) => x.code === 'IC4302');
    assert.equal(d.length, 1);
    assert.match(d[0]!.message, /tea\.test/);
    assert.equal(d[0]!.severity, 'warning');
  });
});

test('the YAML text carries rules verbatim', () => {
  const { r } = build(SETS['overlaps across host classes']!);
  const text = r.files.find((f) => f.path === 'traefik.yaml')!.content;
  const doc = parse(text) as { http: { routers: Record<string, { rule: string }> } };
  assert.equal(doc.http.routers['wildcard_foo.com_prefix_0_http']!.rule, 'HostRegexp("^[^.]+\\\\.foo\\\\.com\\\\.?$") && (Path("/x") || PathPrefix("/x/"))');
  assert.equal(doc.http.routers['host_a.foo.com_notfound_https']!.rule, 'Host("a.foo.com")');
});
