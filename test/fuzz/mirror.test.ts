/**
 * Hostile mirror-target / mirror-host / mirror-request-body values on every target (fixed seed):
 * each compile fails with errors located at a mirror key (IC2081: the grammar; IC3071: a target
 * that cannot express the value) or at a character the YAML reader refuses, or every route of the Ingress carries exactly the mirror the
 * grammars parsed (ingress-nginx's defaults for the rest, only the keys the target applies), and
 * the user strings come back out of the outputs unchanged: nginx's quoted target URL and Host,
 * Envoy's mirror cluster address and host_rewrite_literal. No hostile text reaches an output.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { routesOf, type RouteMirror } from '../../src/ir/types.js';
import { defaultMirrorHost, parseMirrorHost, parseMirrorTarget } from '../../src/providers/ingress-nginx/families/mirror.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import { SPECIAL_CHARS } from './payloads.js';
import { payload } from './generators.js';

const SEED = 20261207;
const RUNS = 150;
const A = 'nginx.ingress.kubernetes.io/';

const special = fc.constantFrom(...SPECIAL_CHARS);
const word = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,5}[a-z0-9])?$/);
const host = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(word, fc.constantFrom('.test', '.ns.svc.cluster.local', '.example.com', '')).map(([a, b]) => `${a}${b}`) },
  { weight: 3, arbitrary: fc.constantFrom('10.0.0.1', '127.0.0.1', '[2001:db8::1]', '[::1]', 'LOCALHOST', 'Mirror.Example.COM') },
  { weight: 1, arbitrary: fc.constantFrom('a..b', '-a.b', '1.2.3', '[::g]', 'a_b.test', 'a b', '$host', '{http.host}', 'a"b', '') },
);
const port = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 4, arbitrary: fc.constantFrom(':80', ':8081', ':65535', ':1') }, { weight: 1, arbitrary: fc.constantFrom(':0', ':65536', ':x', ':') });
/** Template pieces: path text, $request_uri in both spellings, other variables, and characters that mean something in an output. */
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('/', '/mirror', '/a/b', '?x=1', '&y', '%2F', '/~u', '/a:b@c', '/!*+,=') },
  { weight: 8, arbitrary: fc.constantFrom('$request_uri', '${request_uri}') },
  { weight: 1, arbitrary: fc.constantFrom('$host', '$uri', '${args}', '$1', '$', '${request_uri', '$request_urix', '#f', '%zz', '{http.request.uri}', '%[src]', '%REQ(:path)%') },
  { weight: 1, arbitrary: special },
);
const target = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom('http://', 'https://', 'HTTPS://', 'http://', 'https://', 'ftp://', ''), host, port, fc.array(piece, { minLength: 0, maxLength: 3 }).map((ps) => (ps.length ? ps : ['$request_uri']))).map(([s, h, p, ps]) => `${s}${h}${p}${ps.join('')}`) },
  { weight: 1, arbitrary: payload },
  { weight: 1, arbitrary: fc.constantFrom('', 'https://mirror.example.com;\nssl_engine /tmp/evil.so;\n#', 'http://a.test/x"; return 200; #', 'http://a.test/$request_uri;}') },
);
const mirrorHost = fc.oneof({ weight: 8, arbitrary: fc.tuple(host, port).map(([h, p]) => `${h}${p}`) }, { weight: 1, arbitrary: payload });
const body = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('on', 'off') }, { weight: 1, arbitrary: fc.constantFrom('On', 'OFF', ' off', 'false', '') });
const data = fc.record({ 'mirror-target': target, 'mirror-host': mirrorHost, 'mirror-request-body': body }, { requiredKeys: ['mirror-target'] });

const manifest = (ann: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: m
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(ann).map(([k, v]) => [`${A}${k}`, v])))}
spec:
  rules:
  - host: m.test
    http:
      paths:
      - {path: /a, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}
      - {path: /b, pathType: Exact, backend: {service: {name: app, port: {number: 80}}}}
`;

/** The mirror the grammars and ingress-nginx's defaults give on `target` (undefined: none). */
function expected(d: Record<string, string>, target: (typeof TARGETS)[number]): RouteMirror | undefined {
  const t = d['mirror-target'] ? parseMirrorTarget(d['mirror-target']) : undefined;
  if (!t || !('value' in t) || !supportOf('mirror-target', target)) return undefined;
  const parts: RouteMirror['target'] = t.value.parts.map((p) => ('text' in p ? { text: p.text } : { request: 'target' as const }));
  if (t.value.parts.every((p) => 'text' in p)) parts.push({ request: 'query' });
  const h = d['mirror-host'] ? parseMirrorHost(d['mirror-host']) : undefined;
  const hostHeader = h && 'value' in h && supportOf('mirror-host', target) ? h.value : defaultMirrorHost(t.value);
  const bodyOff = d['mirror-request-body'] === 'off' && supportOf('mirror-request-body', target) !== undefined;
  return { scheme: t.value.scheme, host: t.value.host, ...(t.value.port !== undefined ? { port: t.value.port } : {}), target: parts, hostHeader, body: !bodyOff };
}

/** nginx's quoted string, read back as nginx's parser does. */
const nginxUnquote = (q: string): string => {
  assert.match(q, /^"(?:[^"\\]|\\.)*"$/);
  return q.slice(1, -1).replace(/\\(["\\])/g, '$1');
};

const urlOf = (m: RouteMirror): string =>
  `${m.scheme}://${m.host.includes(':') ? `[${m.host}]` : m.host}${m.port !== undefined ? `:${m.port}` : ''}${m.target.map((p) => ('text' in p ? p.text : p.request === 'target' ? '${request_uri}' : '${is_args}${args}')).join('')}`;

test(`fuzz: ${RUNS} mirror annotation sets × ${TARGETS.length} targets: located errors, or exactly the parsed mirror, written back unchanged`, () => {
  let mirrored = 0;
  let refused = 0;
  fc.assert(
    fc.property(data, (d) => {
      let any = false;
      for (const t of TARGETS) {
        const r = compile([{ path: 'm.yaml', text: manifest(d) }], { target: t, backends: ['default/app:80=127.0.0.1:9'] });
        const errors = r.diagnostics.filter((x) => x.severity === 'error');
        if (!r.ok) {
          refused++;
          assert.ok(errors.length > 0);
          // At a mirror key (grammar, target), or the YAML reader's own refusal of a character (IC10xx), located.
          for (const e of errors) assert.ok(e.loc?.file === 'm.yaml' && ((e.code === 'IC2081' || e.code === 'IC3071') ? /nginx\.ingress\.kubernetes\.io\/mirror-/.test(e.message) : /^IC10\d\d$/.test(e.code)), `${t}: ${JSON.stringify(d)}: ${e.code} ${e.message}`);
          continue;
        }
        const want = expected(d, t);
        const got = r.ir!.vhosts.flatMap((vh) => routesOf(vh).map((x) => x.mirror));
        assert.deepEqual(got, got.map(() => want), `${t}: ${JSON.stringify(d)}`);
        const out = r.files.map((f) => f.content).join('\n');
        if (want) any = true;
        if (want && t === 'nginx') {
          const urls = [...out.matchAll(/^ *set \$ingressc_mirror_target (".*");$/gm)].map((m) => nginxUnquote(m[1]!));
          assert.deepEqual(urls, [urlOf(want)], JSON.stringify(d));
          const hosts = [...out.matchAll(/location = \/@ingressc-mirror-0 \{\n *internal;\n *proxy_set_header Host (".*");/g)].map((m) => nginxUnquote(m[1]!));
          assert.deepEqual(hosts, [want.hostHeader], JSON.stringify(d));
        }
        if (want && t === 'envoy') {
          const doc = JSON.parse(r.files.find((f) => f.path === 'envoy.json')!.content) as { static_resources: { clusters: { name: string; load_assignment: { endpoints: { lb_endpoints: { endpoint: { address: { socket_address: { address: string; port_value: number } } } }[] }[] } }[] } };
          const c = doc.static_resources.clusters.filter((x) => x.name.startsWith('ingressc_mirror_'));
          assert.equal(c.length, 1);
          assert.deepEqual(c[0]!.load_assignment.endpoints[0]!.lb_endpoints[0]!.endpoint.address.socket_address, { address: want.host, port_value: want.port ?? (want.scheme === 'https' ? 443 : 80) });
          const rewrites = [...out.matchAll(/"request_mirror_policies":\s*\[\s*\{[^}]*"host_rewrite_literal":\s*("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string);
          assert.ok(rewrites.length > 0 && rewrites.every((h) => h === want.hostHeader), JSON.stringify(d));
        }
        // No character that means something in an output came from the user's values unquoted.
        // (${request_uri} is the grammar's own spelling of the variable, written as such.)
        for (const v of Object.values(d)) if (v.length >= 6 && /[;{}"'`\n#]/.test(v.replaceAll('${request_uri}', ''))) assert.ok(!out.includes(v), `${t}: ${JSON.stringify(v)}`);
      }
      if (any) mirrored++;
    }),
    { seed: SEED, numRuns: RUNS },
  );
  assert.ok(mirrored >= RUNS / 6, `only ${mirrored} sets mirrored on some target`);
  assert.ok(refused >= RUNS / 10, `only ${refused} refused compiles`);
});
