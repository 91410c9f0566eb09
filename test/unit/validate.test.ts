import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, lint } from '../../src/index.js';
import { makeCert } from '../harness/certs.js';

/**
 * One row per API-server rule (semantics.md §1): an Ingress (inline YAML) and the diagnostic it
 * must produce — code and the line:col of the offending field. Valid rows must compile cleanly.
 */
const ing = (spec: string, meta = '  name: t\n'): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
${meta}spec:
${spec}`;

const pathSpec = (path: string, pathType = 'Prefix', host = 'a.example.com', backend = 'service:\n              name: svc\n              port:\n                number: 80'): string => `  rules:
  - host: ${host}
    http:
      paths:
      - path: ${path}
        pathType: ${pathType}
        backend:
            ${backend}
`;

interface Row {
  name: string;
  yaml: string;
  code?: string;
  at?: [number, number];
}

const INVALID: Row[] = [
  { name: 'IP host', yaml: ing(pathSpec('/', 'Prefix', '10.0.0.1')), code: 'IC2020', at: [7, 11] },
  { name: 'IPv4 with leading zeros', yaml: ing(pathSpec('/', 'Prefix', '010.000.000.001')), code: 'IC2020', at: [7, 11] },
  { name: 'uppercase host', yaml: ing(pathSpec('/', 'Prefix', 'A.example.com')), code: 'IC2021', at: [7, 11] },
  { name: 'host with port', yaml: ing(pathSpec('/', 'Prefix', '"a.example.com:80"')), code: 'IC2021', at: [7, 11] },
  { name: 'host with underscore', yaml: ing(pathSpec('/', 'Prefix', 'a_b.example.com')), code: 'IC2021', at: [7, 11] },
  { name: 'host with trailing dot', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com.')), code: 'IC2021', at: [7, 11] },
  { name: 'wildcard alone', yaml: ing(pathSpec('/', 'Prefix', '"*"')), code: 'IC2022', at: [7, 11] },
  { name: 'double wildcard', yaml: ing(pathSpec('/', 'Prefix', '"*.*.foo.com"')), code: 'IC2022', at: [7, 11] },
  { name: 'partial wildcard', yaml: ing(pathSpec('/', 'Prefix', '"f*.foo.com"')), code: 'IC2022', at: [7, 11] },
  { name: 'inner wildcard', yaml: ing(pathSpec('/', 'Prefix', '"foo.*.com"')), code: 'IC2022', at: [7, 11] },
  { name: 'relative Prefix path', yaml: ing(pathSpec('foo')), code: 'IC2031', at: [10, 15] },
  { name: 'relative Exact path', yaml: ing(pathSpec('foo', 'Exact')), code: 'IC2031', at: [10, 15] },
  { name: 'double slash', yaml: ing(pathSpec('/a//b')), code: 'IC2032', at: [10, 15] },
  { name: 'dot segment', yaml: ing(pathSpec('/a/./b')), code: 'IC2032', at: [10, 15] },
  { name: 'dot-dot segment', yaml: ing(pathSpec('/a/../b', 'Exact')), code: 'IC2032', at: [10, 15] },
  { name: 'encoded slash', yaml: ing(pathSpec('/a%2Fb')), code: 'IC2032', at: [10, 15] },
  { name: 'ends with /..', yaml: ing(pathSpec('/a/..')), code: 'IC2033', at: [10, 15] },
  { name: 'ends with /.', yaml: ing(pathSpec('/a/.')), code: 'IC2033', at: [10, 15] },
  { name: 'regex in Prefix path', yaml: ing(pathSpec('"/a(.*)"')), code: 'IC2034', at: [10, 15] },
  { name: 'space in path', yaml: ing(pathSpec('"/a b"')), code: 'IC2034', at: [10, 15] },
  { name: 'quote in path', yaml: ing(pathSpec(`'/a"b'`)), code: 'IC2034', at: [10, 15] },
  { name: 'brace and semicolon in ImplementationSpecific', yaml: ing(pathSpec('"/a;}"', 'ImplementationSpecific')), code: 'IC2120', at: [10, 15] },
  { name: 'path over 2048 characters', yaml: ing(pathSpec(`/${'a'.repeat(2048)}`)), code: 'IC2035', at: [10, 15] },
  { name: 'newline in path', yaml: ing(pathSpec('"/a\\nb"')), code: 'IC2013', at: [10, 15] },
  { name: 'unknown pathType', yaml: ing(pathSpec('/', 'Regex')), code: 'IC2004', at: [11, 19] },
  { name: 'missing pathType in v1', yaml: ing('  rules:\n  - http:\n      paths:\n      - path: /\n        backend:\n          service:\n            name: s\n            port:\n              number: 80\n'), code: 'IC2030', at: [9, 9] },
  { name: 'pathtype typo is an unknown field', yaml: ing('  rules:\n  - http:\n      paths:\n      - path: /\n        pathtype: Prefix\n        backend:\n          service:\n            name: s\n            port:\n              number: 80\n'), code: 'IC2001', at: [10, 9] },
  { name: 'port 0 means unset', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', 'service:\n              name: svc\n              port:\n                number: 0')), code: 'IC2044', at: [15, 15] },
  { name: 'port 70000', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', 'service:\n              name: svc\n              port:\n                number: 70000')), code: 'IC2045', at: [16, 25] },
  { name: 'port as a string', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', 'service:\n              name: svc\n              port:\n                number: "80"')), code: 'IC2003', at: [16, 25] },
  { name: 'port name and number', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', 'service:\n              name: svc\n              port:\n                number: 80\n                name: http')), code: 'IC2043', at: [15, 15] },
  { name: 'invalid port name', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', 'service:\n              name: svc\n              port:\n                name: http--x')), code: 'IC2046', at: [16, 23] },
  { name: 'service name with dot', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', 'service:\n              name: svc.x\n              port:\n                number: 80')), code: 'IC2042', at: [14, 21] },
  { name: 'service name starting with digit', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', 'service:\n              name: 1svc\n              port:\n                number: 80')), code: 'IC2042', at: [14, 21] },
  { name: 'service and resource', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', 'service:\n              name: svc\n              port:\n                number: 80\n            resource:\n              kind: Bucket\n              name: b')), code: 'IC2040', at: [12, 9] },
  { name: 'resource backend', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', 'resource:\n              kind: Bucket\n              name: b')), code: 'IC2047', at: [13, 13] },
  { name: 'empty backend', yaml: ing(pathSpec('/', 'Prefix', 'a.example.com', '{}')), code: 'IC2041', at: [12, 9] },
  { name: 'no rules and no defaultBackend', yaml: ing('  tls: []\n'), code: 'IC2012', at: [5, 1] },
  { name: 'empty paths', yaml: ing('  rules:\n  - host: a.example.com\n    http:\n      paths: []\n'), code: 'IC2005', at: [9, 7] },
  { name: 'invalid TLS host', yaml: ing(`  tls:\n  - hosts: ["A.com"]\n    secretName: s\n${pathSpec('/')}`), code: 'IC2050', at: [7, 13] },
  { name: 'invalid secret name', yaml: ing(`  tls:\n  - hosts: ["a.example.com"]\n    secretName: My_Secret\n${pathSpec('/')}`), code: 'IC2051', at: [8, 17] },
  { name: 'invalid ingressClassName', yaml: ing(`  ingressClassName: Nginx\n${pathSpec('/')}`), code: 'IC2060', at: [6, 21] },
  { name: 'class annotation mismatch', yaml: ing(`  ingressClassName: nginx\n${pathSpec('/')}`, '  name: t\n  annotations:\n    kubernetes.io/ingress.class: traefik\n'), code: 'IC2061', at: [6, 34] },
  { name: 'invalid object name', yaml: ing(pathSpec('/'), '  name: My-Ingress\n'), code: 'IC2010', at: [4, 9] },
  { name: 'invalid namespace', yaml: ing(pathSpec('/'), '  name: t\n  namespace: a.b\n'), code: 'IC2011', at: [5, 14] },
  { name: 'annotation value not a string', yaml: ing(pathSpec('/'), '  name: t\n  annotations:\n    nginx.ingress.kubernetes.io/ssl-redirect: false\n'), code: 'IC2090', at: [6, 47] },
  { name: 'snippet annotation', yaml: ing(pathSpec('/'), '  name: t\n  annotations:\n    nginx.ingress.kubernetes.io/configuration-snippet: "return 200;"\n'), code: 'IC2080', at: [6, 5] },
  { name: 'bad ssl-redirect value', yaml: ing(pathSpec('/'), '  name: t\n  annotations:\n    nginx.ingress.kubernetes.io/ssl-redirect: "yes"\n'), code: 'IC2081', at: [6, 5] },
  { name: 'unknown spec field', yaml: ing(`  rulez: []\n${pathSpec('/')}`), code: 'IC2001', at: [6, 3] },
  { name: 'unsupported apiVersion', yaml: 'apiVersion: networking.k8s.io/v2\nkind: Ingress\nmetadata:\n  name: t\n', code: 'IC1007', at: [1, 13] },
  { name: 'YAML syntax error', yaml: 'apiVersion: v1\nkind: [Ingress\n', code: 'IC1001' },
  { name: 'duplicate key', yaml: 'apiVersion: v1\nkind: Ingress\nmetadata: {}\nmetadata: {}\n', code: 'IC1001', at: [4, 1] },
  { name: 'two objects without "---" between them', yaml: 'apiVersion: v1\napiVersion: v2\nkind: Ingress\n', code: 'IC1021', at: [2, 1] },
  { name: 'List item not a mapping', yaml: 'apiVersion: v1\nkind: List\nitems:\n- a\n', code: 'IC1002', at: [4, 3] },
  { name: 'missing kind', yaml: 'apiVersion: v1\nmetadata: {}\n', code: 'IC1003', at: [1, 1] },
  { name: 'v1beta1 port 0', yaml: 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: t\nspec:\n  backend:\n    serviceName: s\n    servicePort: 0\n', code: 'IC2045', at: [8, 18] },
  { name: 'v1beta1 numeric string port', yaml: 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: t\nspec:\n  backend:\n    serviceName: s\n    servicePort: "80"\n', code: 'IC2046', at: [8, 18] },
  { name: 'v1beta1 regex path (ImplementationSpecific) on a host without use-regex', yaml: 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: t\nspec:\n  rules:\n  - http:\n      paths:\n      - path: /api/.*\n        backend:\n          serviceName: s\n          servicePort: 80\n', code: 'IC3050', at: [9, 15] },
];

const VALID: Row[] = [
  { name: 'wildcard host', yaml: ing(pathSpec('/', 'Prefix', '"*.foo.com"')) },
  { name: 'deep wildcard suffix', yaml: ing(pathSpec('/', 'Prefix', '"*.a.b.foo.com"')) },
  { name: 'host-like IP-ish name', yaml: ing(pathSpec('/', 'Prefix', '1.2.3.4.example.com')) },
  { name: 'numeric label host', yaml: ing(pathSpec('/', 'Prefix', '1.2.3.4.5')) },
  { name: 'tilde, dot, dash, underscore in path', yaml: ing(pathSpec('/~user/a.b-c_d/')) },
  { name: 'Exact with trailing slash', yaml: ing(pathSpec('/a/', 'Exact')) },
  { name: 'ImplementationSpecific without path', yaml: ing('  rules:\n  - http:\n      paths:\n      - pathType: ImplementationSpecific\n        backend:\n          service:\n            name: s\n            port:\n              number: 80\n') },
  { name: 'defaultBackend only', yaml: ing('  defaultBackend:\n    service:\n      name: s\n      port:\n        number: 80\n') },
  { name: 'rule with host and no http', yaml: ing('  defaultBackend:\n    service:\n      name: s\n      port:\n        number: 80\n  rules:\n  - host: a.example.com\n') },
  { name: 'v1beta1 without pathType and path', yaml: 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: t\nspec:\n  rules:\n  - http:\n      paths:\n      - backend:\n          serviceName: s\n          servicePort: 80\n' },
  { name: 'status and managed metadata', yaml: ing(pathSpec('/'), '  name: t\n  uid: abc\n  resourceVersion: "1"\n  creationTimestamp: "2024-01-01T00:00:00Z"\n  labels:\n    app: x\n') },
];

describe('Ingress validation (API-server rules)', () => {
  for (const row of INVALID) {
    test(`rejects: ${row.name}`, () => {
      const r = compile([{ path: 'in.yaml', text: row.yaml }]);
      assert.equal(r.ok, false, 'must not compile');
      assert.deepEqual(r.files, [], 'no output on error');
      const d = r.diagnostics.find((x) => x.code === row.code);
      assert.ok(d, `expected ${row.code}, got ${JSON.stringify(r.diagnostics.map((x) => `${x.code} ${x.message}`))}`);
      assert.equal(d.severity, 'error');
      assert.equal(d.loc?.file, 'in.yaml');
      if (row.at) assert.deepEqual([d.loc?.line, d.loc?.col], row.at, `position of ${row.code}: ${d.message}`);
    });
  }
  for (const row of VALID) {
    test(`accepts: ${row.name}`, () => {
      const r = compile([{ path: 'in.yaml', text: row.yaml }]);
      assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
      assert.equal(r.ok, true);
    });
  }
});

describe('inputs that are not Ingresses', () => {
  test('empty file or a YAML list: not Kubernetes, passed over; compile says there is nothing to compile', () => {
    for (const text of ['', '- a\n- b\n']) {
      const r = compile([{ path: 'empty.yaml', text }]);
      assert.deepEqual(r.diagnostics.map((d) => [d.code, d.loc?.line, d.loc?.col]), [['IC1006', undefined, undefined]]);
      assert.deepEqual(lint([{ path: 'empty.yaml', text }]), { ok: true, diagnostics: [], checked: [], skipped: [{ file: 'empty.yaml', reason: 'not-kubernetes' }] });
    }
  });
  test('other kinds: compile says so in one info line each, lint passes them silently', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';
    const c = compile([{ path: 'mixed.yaml', text }]);
    assert.deepEqual(c.diagnostics.filter((d) => d.code === 'IC1004').map((d) => [d.severity, d.loc?.line]), [
      ['info', 2],
      ['info', 7],
    ]);
    const r = lint([{ path: 'mixed.yaml', text }]);
    assert.equal(r.ok, true);
    assert.deepEqual(r.diagnostics, []);
  });
  test('comment-only documents (helm template output) are skipped, not errors', () => {
    const text = `---\n# Source: chart/templates/a.yaml\n---\n${ing(pathSpec('/'))}---\n# Source: chart/templates/empty.yaml\n`;
    const r = compile([{ path: 'helm.yaml', text }], { resolver: '10.96.0.10' });
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.ok, true);
  });
  test('kind: List items are read with their own positions', () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n- ${ing(pathSpec('/', 'Prefix', '10.1.1.1')).replace(/\n/g, '\n  ')}`;
    const r = compile([{ path: 'list.yaml', text }]);
    const d = r.diagnostics.find((x) => x.code === 'IC2020');
    assert.deepEqual([d?.loc?.line, d?.loc?.col], [10, 13]);
  });
  test('absurd bracket nesting is refused before the YAML library recurses into it', () => {
    const text = `{"apiVersion":"v1","kind":"ConfigMap","data":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}\n`;
    for (const r of [compile([{ path: 'deep.json', text }]), lint([{ path: 'deep.json', text }])]) {
      assert.equal(r.ok, false);
      assert.ok(r.diagnostics.some((d) => d.code === 'IC1009' && /nested more than 1000 deep/.test(d.message)), JSON.stringify(r.diagnostics));
    }
  });
  test('the size and object limits are options: refused at the limit, read when it is raised', () => {
    const one = ing(pathSpec('/'));
    const big = `${one}---\n`.repeat(40); // ~ 9 KB, 40 objects
    const small = { maxInputMb: 4 / 1024 }; // 4 KiB
    for (const r of [compile([{ path: 'big.yaml', text: big }], small), lint([{ path: 'big.yaml', text: big }], small)]) {
      const d = r.diagnostics.find((x) => x.code === 'IC1009');
      assert.match(d?.message ?? '', /reads at most 0 MB per input .*--max-input-mb/, JSON.stringify(r.diagnostics));
    }
    assert.deepEqual(compile([{ path: 'big.yaml', text: big }], { maxInputMb: 1 }).diagnostics.filter((d) => d.code === 'IC1009'), []);
    const list = `apiVersion: v1\nkind: List\nitems:\n${`- ${one.replace(/\n/g, '\n  ')}\n`.repeat(30)}`;
    const few = compile([{ path: 'list.yaml', text: list }], { maxObjects: 20 });
    assert.match(few.diagnostics.find((x) => x.code === 'IC1009')?.message ?? '', /a List of 30 items; ingressc reads at most 20 objects \(--max-objects/);
    assert.match(compile([{ path: 'docs.yaml', text: big }], { maxObjects: 20 }).diagnostics.find((x) => x.code === 'IC1009')?.message ?? '', /more than 20 documents/);
    assert.deepEqual(compile([{ path: 'list.yaml', text: list }], { maxObjects: 30 }).diagnostics.filter((d) => d.code === 'IC1009'), []);
    for (const bad of [{ maxInputMb: 0 }, { maxInputMb: 100_000 }, { maxObjects: 1.5 }, { maxObjects: -1 }])
      assert.equal(compile([{ path: 'a.yaml', text: one }], bad).diagnostics[0]?.code, 'IC5001', JSON.stringify(bad));
  });
  test('alias bombs are refused, not expanded', () => {
    let text = 'apiVersion: v1\nkind: ConfigMap\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const r = compile([{ path: 'bomb.yaml', text }]);
    assert.equal(r.ok, false);
    assert.ok(r.diagnostics.some((d) => d.code === 'IC1009'), JSON.stringify(r.diagnostics));
  });
});

describe('diagnostics do not depend on the target', () => {
  for (const row of INVALID.slice(0, 20)) {
    test(`same diagnostics for every target: ${row.name}`, () => {
      const per = (['nginx', 'haproxy', 'envoy', 'traefik'] as const).map((target) => compile([{ path: 'in.yaml', text: row.yaml }], { target }).diagnostics);
      for (const d of per.slice(1)) assert.deepEqual(d, per[0]);
    });
  }
});

describe('messages never carry control characters', () => {
  test('user text in a message is escaped', () => {
    const r = compile([{ path: 'in.yaml', text: ing(pathSpec('"/a\\n    alias /etc/;\\u001b[2J"', 'ImplementationSpecific')) }]);
    assert.equal(r.ok, false);
    for (const d of r.diagnostics) assert.doesNotMatch(d.message, /[\u0000-\u001f\u007f-\u009f]/, d.message);
    assert.ok(r.diagnostics.some((d) => d.message.includes('\\u000a')), JSON.stringify(r.diagnostics));
  });
});

describe('TLS Secrets are parsed for real', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const secret = (crt: string, key: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(crt)}\n  tls.key: ${b64(key)}\n`;
  test('a key that does not belong to the certificate is refused at the key', () => {
    const a = makeCert(['a.example.test']), b = makeCert(['b.example.test']);
    const r = lint([{ path: 's.yaml', text: secret(a.cert, b.key) }]);
    const d = r.diagnostics.find((x) => x.code === 'IC2070');
    assert.match(d?.message ?? '', /tls\.key does not belong to the certificate/);
    assert.deepEqual([d?.loc?.line, d?.loc?.col], [8, 3]);
    assert.doesNotMatch(JSON.stringify(r.diagnostics), /PRIVATE KEY|BEGIN/);
  });
  test('a pair found in several Secrets is refused in each, at its own key (the checks of a pair are remembered)', () => {
    const a = makeCert(['a.example.test']), b = makeCert(['b.example.test']);
    const two = `${secret(a.cert, b.key)}---\n${secret(a.cert, b.key).replace('name: s', 'name: t')}`;
    for (let run = 0; run < 2; run++) {
      const found = lint([{ path: 's.yaml', text: two }]).diagnostics.filter((x) => x.code === 'IC2070');
      assert.deepEqual(found.map((d) => [d.loc?.line, d.loc?.col]), [[8, 3], [17, 3]]);
    }
    assert.equal(lint([{ path: 's.yaml', text: secret(a.cert, a.key) }]).ok, true);
  });
  test('armour around garbage is not a key or a certificate', () => {
    const a = makeCert(['a.example.test']);
    const corruptKey = a.key.replace(/\n([A-Za-z0-9+/]{10})/, '\n/a/a/a/a/a');
    assert.match(lint([{ path: 's.yaml', text: secret(a.cert, corruptKey) }]).diagnostics[0]?.message ?? '', /tls\.key is not a readable private key/);
    const corruptCert = a.cert.replace(/\n([A-Za-z0-9+/]{10})/, '\nAAAAAAAAAA');
    assert.match(lint([{ path: 's.yaml', text: secret(corruptCert, a.key) }]).diagnostics[0]?.message ?? '', /tls\.crt is not a readable X\.509 certificate/);
    assert.equal(lint([{ path: 's.yaml', text: secret(a.cert, a.key) }]).ok, true);
  });
});

describe('key material never reaches diagnostics output', () => {
  test('a code frame on a Secret data line is withheld', async () => {
    const { renderText } = await import('../../src/diagnostics/render-text.js');
    const a = makeCert(['a.example.test']), b = makeCert(['b.example.test']);
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(a.cert)}\n  tls.key: ${b64(b.key)}\n`;
    const r = lint([{ path: 's.yaml', text }]);
    const out = renderText(r.diagnostics, { color: false, sources: new Map([['s.yaml', text]]) });
    assert.match(out, /s\.yaml:8:3: error IC2070/);
    assert.match(out, /line not shown: it may hold key material/);
    assert.ok(!out.includes(b64(b.key).slice(0, 40)), out);
  });
});
