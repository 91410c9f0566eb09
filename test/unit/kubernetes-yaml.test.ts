import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Diagnostics } from '../../src/diagnostics/collector.js';
import { parseSources } from '../../src/parse/parse-yaml.js';
import { compile, lint, type CompileResult } from '../../src/index.js';
import { resolve11 } from '../../src/parse/yaml11.js';
import { makeCert } from '../harness/certs.js';

/**
 * ingressc reads manifests as Kubernetes does (sigs.k8s.io/yaml over go-yaml v2: YAML 1.1 scalars,
 * go-yaml's own resolver) and accepts what the API server accepts (issue 12 §1 and §3). Each case
 * states what the cluster receives.
 */
const ingress = (o: { host?: string; port?: string; annotations?: string; extraSpec?: string; backend?: string } = {}): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: t
${o.annotations ? `  annotations:\n${o.annotations}` : ''}spec:
${o.extraSpec ?? ''}  rules:
  - host: ${o.host ?? 'a.test'}
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
${o.backend ?? `          service:\n            name: web\n            port:\n              number: ${o.port ?? '80'}`}
`;

const run = (text: string, target: 'nginx' | 'envoy' = 'nginx'): CompileResult => compile([{ path: 'in.yaml', text }], { target });
const codes = (r: { diagnostics: { code: string; severity: string }[] }): string[] => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
const upstreamPorts = (r: CompileResult): Array<number | undefined> => r.ir!.upstreams.map((u) => u.endpoints[0]?.port);
const hosts = (r: CompileResult): string[] => r.ir!.vhosts.map((v) => v.name);

describe('YAML 1.1 as Kubernetes reads it', () => {
  for (const word of ['on', 'off', 'yes', 'no', 'y', 'n', 'Y', 'N', 'On', 'OFF', 'Yes', 'NO', 'true', 'False']) {
    test(`host: ${word} is a boolean, not a string: IC2090 at the value, saying to quote it`, () => {
      const r = run(ingress({ host: word }));
      assert.deepEqual(codes(r), ['IC2090']);
      const d = r.diagnostics.find((x) => x.code === 'IC2090')!;
      assert.equal(d.loc?.line, 7);
      assert.match(d.message, new RegExp(`spec\\.rules\\[0\\]\\.host must be a string, found boolean (true|false).*unquoted ${word} is a boolean.*quote it \\("${word}"\\)`));
    });
  }

  test('quoted "on" and "y" are strings; yEs and oN are not among go-yaml booleans', () => {
    assert.deepEqual(hosts(run(ingress({ host: '"on"' }))), ['on']);
    assert.deepEqual(hosts(run(ingress({ host: "'y'" }))), ['y']);
    const r = run(ingress({ annotations: '    example.com/a: yEs\n    example.com/b: oN\n' }));
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
  });

  for (const [value, found] of [
    ['yes', 'boolean true'],
    ['on', 'boolean true'],
    ['80', 'number 80'],
    ['0777', 'number 511'],
    ['1_000', 'number 1000'],
  ]) {
    test(`annotation value ${value} is not a string (${found}): the API server refuses the object`, () => {
      const r = run(ingress({ annotations: `    example.com/x: ${value}\n` }));
      assert.deepEqual(codes(r), ['IC2090']);
      const d = r.diagnostics[0]!;
      assert.equal(d.loc?.line, 6);
      assert.ok(d.message.includes(`found ${found}`), d.message);
      assert.ok(d.message.includes(`quote it ("${value}")`), d.message);
    });
  }

  for (const [written, port] of [
    ['0777', 511],
    ['010', 8],
    ['0o17', 15],
    ['0x1F', 31],
    ['0X1f', 31],
    ['1_000', 1000],
    ['0b1010', 10],
    ['0B11', 3],
    ['+80', 80],
    ['08', 8],
    ['0_7_7', 63],
  ] as const) {
    test(`port.number: ${written} is ${port}, as go-yaml's ParseInt(s, 0) reads it`, () => {
      const r = run(ingress({ port: written }));
      assert.ok(r.ok, JSON.stringify(r.diagnostics));
      assert.deepEqual(upstreamPorts(r), [port]);
    });
  }

  test('a timestamp is decoded into interface{} as its text: host 2024-01-01 is the string "2024-01-01"', () => {
    // go-yaml v2 decode.go keeps the original text for timestamps (yaml's own 1.1 schema would give a Date)
    const r = run(ingress({ host: '2024-01-01', annotations: '    example.com/when: 2024-01-01 10:00:00\n' }));
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(hosts(r), ['2024-01-01']);
  });

  test('merge keys << are YAML 1.1 (go-yaml merges them)', () => {
    const text = `${ingress({ backend: '          service:\n            <<: *svc\n            port:\n              number: 80' })}`.replace('spec:\n', 'x-base: &svc {name: merged}\nspec:\n');
    // x-base is an unknown field; put the anchor where Kubernetes ignores nothing: in an annotation-free copy
    const r = run(text.replace('x-base: &svc {name: merged}\n', '').replace('metadata:\n  name: t\n', 'metadata:\n  name: t\n  labels: &svc {name: merged}\n'));
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.ir!.upstreams.map((u) => u.service), ['merged']);
  });

  test('!!binary is decoded, as go-yaml decodes it into a string', () => {
    const r = run(ingress({ host: `!!binary ${Buffer.from('bin.test').toString('base64')}` }));
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(hosts(r), ['bin.test']);
    const bad = run(ingress({ host: '!!binary not*base64' }));
    assert.deepEqual(codes(bad), ['IC1001']);
    assert.match(bad.diagnostics[0]!.message, /invalid base64/);
  });

  test('where go-yaml differs from YAML 1.1: 1:20, -.nan, =, 1e400 are strings; y and n keys are "true" and "false"', () => {
    for (const s of ['1:20', '-.nan', '=', '1e400', '.5_0']) {
      const r = run(ingress({ port: s }));
      assert.deepEqual(codes(r), ['IC2003'], s);
      assert.ok(r.diagnostics[0]!.message.includes(`found string ${JSON.stringify(s)}`), r.diagnostics[0]!.message);
    }
    // .inf and .nan are floats go-yaml gives JSON cannot hold (kubectl fails): refused wherever a value is checked
    for (const s of ['.inf', '-.Inf', '.NaN']) assert.deepEqual(codes(run(ingress({ port: s }))), ['IC2003'], s);
    assert.deepEqual(codes(run(ingress({ host: '.inf' }))), ['IC2090']);
    const manifests = parseSources([{ path: 'in.yaml', text: ingress({ annotations: '    y: a\n    n: b\n' }) }], new Diagnostics());
    assert.deepEqual((manifests[0]!.obj.metadata as { annotations: unknown }).annotations, { true: 'a', false: 'b' });
    // y and on are the same key (true): a duplicate, refused as every duplicate key is
    assert.deepEqual(codes(run(ingress({ annotations: '    y: a\n    on: c\n' }))), ['IC1001']);
  });

  test('keys Kubernetes cannot turn into JSON keys the same way (null, floats) are IC1032', () => {
    assert.deepEqual(codes(run(ingress({ annotations: '    ~: a\n' }))), ['IC1032']);
    assert.deepEqual(codes(run(ingress({ annotations: '    1.5: a\n' }))), ['IC1032']);
  });

  test('a mapping or sequence as a key is IC1032 (sigs.k8s.io/yaml: unsupported map key), located', () => {
    for (const key of ['    ? {a: 1}\n    : x\n', '    ? [a]\n    : x\n', '    [a, b]: x\n']) {
      const r = run(ingress({ annotations: key }));
      assert.deepEqual(codes(r), ['IC1032'], key);
      assert.equal(r.diagnostics[0]!.loc?.line, 6, key);
    }
    // The YAML library drops the lines below this explicit key without an error (yaml 2.x); the key alone refuses the document.
    const dropped = ingress({ annotations: '    x: y\n' }).replace('spec:\n', 'spec:\n   ? kubernetes.io/ingress.class:\n    - kind: a\n      t  ls.crt : "unclosed\n');
    assert.deepEqual(codes(run(dropped)), ['IC1032']);
  });

  test('a merge that supplies a key written before it is IC1033 (go-yaml v2 lets the merge win)', () => {
    const text = ingress().replace('metadata:\n  name: t\n', 'metadata:\n  labels: &l {name: other}\n  name: t\n  <<: *l\n');
    const r = run(text);
    assert.deepEqual(codes(r), ['IC1033']);
    assert.equal(r.diagnostics[0]!.loc?.line, 6);
    // "<<" first: the explicit key wins in both readers
    assert.ok(run(ingress().replace('metadata:\n  name: t\n', 'metadata:\n  labels: &l {name: other}\n  <<: *l\n  name: t\n')).ok);
  });

  test('directives do not survive kubectl\'s cutting at "---" lines: IC1031 at the directive', () => {
    for (const d of ['%YAML 1.1', '%YAML 1.2', '%TAG !e! tag:example.com,2000:']) {
      const r = run(`${ingress()}---\n${ingress()}...\n${d}\n---\n${ingress()}`.replace(/name: t/g, (m, i: number) => `${m}${i}`));
      assert.deepEqual(codes(r), ['IC1031'], d);
      assert.equal(r.diagnostics[0]!.loc?.line, 35);
    }
    assert.deepEqual(codes(run(`\uFEFF%YAML 1.1\n---\n${ingress()}`)), ['IC1031']);
  });

  test('a "---" line with content is refused by kubectl: IC1035', () => {
    assert.deepEqual(codes(run(`--- # fine\n${ingress()}`)), []);
    for (const line of ['--- a: 1', '---x', '--- |', '----']) {
      const r = run(`${ingress()}${line}\n`);
      assert.deepEqual(codes(r), ['IC1035'], line);
      assert.equal(r.diagnostics[0]!.loc?.line, 17);
    }
  });

  test('a document after "..." without its own "---" is never read by kubectl: IC1036 at the hidden document', () => {
    const hidden = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n...\n# hidden\n\n${ingress()}`;
    const r = run(hidden);
    assert.deepEqual(codes(r), ['IC1036']);
    assert.equal(r.diagnostics[0]!.loc?.line, 8);
    assert.ok(run(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n...\n# next\n---\n${ingress()}...\n`).ok);
  });

  test('an explicit core tag the value does not fit (!!int abc) is refused: IC1034', () => {
    assert.deepEqual(codes(run(ingress({ port: '!!int abc' }))), ['IC1034']);
    assert.deepEqual(upstreamPorts(run(ingress({ port: '!!int "0777"' }))), [511]);
  });

  for (const [name, ch] of [
    ['a lone CR', '\r'],
    ['NEL', '\u0085'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['a BOM after the start', '\uFEFF'],
  ] as const) {
    test(`${name} (read differently by go-yaml) is IC1030 at its position, even in a comment`, () => {
      const text = `${ingress()}# note${ch}kind: Secret\n`;
      if (ch === '\uFEFF') assert.ok(run(`\uFEFF${ingress()}`).ok);
      const r = run(text);
      assert.deepEqual(codes(r), ['IC1030']);
      assert.equal(r.diagnostics[0]!.loc?.line, text.split('\n').length - 1);
      assert.equal(r.diagnostics[0]!.loc?.col, 7);
    });
  }

  test('lint checks a file whose "kind:" only go-yaml sees, and still skips non-Kubernetes YAML with a directive', () => {
    const hidden = lint([{ path: 'x.yaml', text: `note: x # ${'\u2028'}kind: Ingress\n` }]);
    assert.deepEqual(hidden.diagnostics.map((d) => d.code), ['IC1030']);
    const workflow = lint([{ path: 'w.yaml', text: '%YAML 1.2\n---\non: push\n' }]);
    assert.ok(workflow.ok);
    assert.deepEqual(workflow.skipped.map((s) => s.reason), ['not-kubernetes']);
  });

  test('CRLF and a leading BOM are read as everywhere', () => {
    const r = run(`\uFEFF${ingress({ port: '0777' }).replace(/\n/g, '\r\n')}`);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(upstreamPorts(r), [511]);
  });
});

test('plain scalars resolve as go-yaml v2 resolve.go does (ParseInt base 0 without "_", yamlStyleFloat, big integers)', () => {
  const table: Array<[string, string, unknown]> = [
    ['0777', 'int', 511], ['0O17', 'int', 15], ['0X1f', 'int', 31], ['0B1', 'int', 1], ['-0777', 'int', -511], ['+0x10', 'int', 16],
    ['08', 'float', 8], ['00', 'int', 0], ['+_1', 'int', 1], ['_1', 'str', '_1'], ['0b', 'str', '0b'], ['0x', 'str', '0x'],
    ['9223372036854775808', 'int', 9223372036854775808], ['-9223372036854775809', 'float', -9223372036854775809],
    ['0xFFFFFFFFFFFFFFFFF', 'int', 0xfffffffffffffffff], ['-0xFFFFFFFFFFFFFFFFF', 'str', '-0xFFFFFFFFFFFFFFFFF'], ['+0xFFFFFFFFFFFFFFFF', 'str', '+0xFFFFFFFFFFFFFFFF'],
    ['1e400', 'str', '1e400'], ['.5', 'float', 0.5], ['._5', 'str', '._5'], ['1_0.5', 'float', 10.5], ['-.5', 'float', -0.5],
    ['.inf', 'float', Infinity], ['-.INF', 'float', -Infinity], ['.iNf', 'str', '.iNf'], ['-.nan', 'str', '-.nan'],
    ['1:20', 'str', '1:20'], ['2024-01-01', 'str', '2024-01-01'], ['=', 'str', '='], ['<<', 'str', '<<'],
    ['y', 'bool', true], ['N', 'bool', false], ['oFF', 'str', 'oFF'], ['~', 'null', null], ['', 'null', null], ['Null', 'null', null], ['nULL', 'str', 'nULL'],
  ];
  for (const [s, kind, value] of table) assert.deepEqual(resolve11(s), [kind, value], s);
  assert.ok(Number.isNaN(resolve11('.NaN')[1]));
});

describe('what the API server accepts that ingressc used to refuse', () => {
  test('explicit nulls mean unset: host:, ingressClassName:, tls:', () => {
    const r = run(ingress({ host: '', extraSpec: '  ingressClassName:\n  tls:\n' }));
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(hosts(r), ['*']);
  });

  test('a v1beta1 path: with nothing after it is unset (the default "/")', () => {
    const text = 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: b\n  annotations:\n    example.com/empty:\nspec:\n  rules:\n  - host: b.test\n    http:\n      paths:\n      - path:\n        backend:\n          serviceName: web\n          servicePort: 80\n';
    const r = run(text);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.ir!.vhosts[0]!.prefix.map((x) => x.path), ['/']);
  });

  const svc = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${spec}`;
  test('an ExternalName Service without ports proxies to externalName on the Ingress port', () => {
    const r = run(`${ingress({ port: '8443' })}---\n${svc('  type: ExternalName\n  externalName: api.example.com.\n')}`, 'envoy');
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.ir!.upstreams[0]!.endpoints, [{ kind: 'dns', host: 'api.example.com', port: 8443 }]);
    assert.match(r.files.find((f) => f.path === 'envoy.json')!.content, /"address": "api\.example\.com",\s+"port_value": 8443/);
  });

  test('an ExternalName Service: a named Ingress port goes through its ports; a bad externalName is IC2071', () => {
    const named = ingress({ backend: '          service:\n            name: web\n            port:\n              name: https' });
    const r = run(`${named}---\n${svc('  type: ExternalName\n  externalName: api.example.com\n  ports:\n  - name: https\n    port: 443\n')}`);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    assert.deepEqual(r.ir!.upstreams[0]!.endpoints, [{ kind: 'dns', host: 'api.example.com', port: 443 }]);
    assert.deepEqual(codes(run(`${ingress()}---\n${svc('  type: ExternalName\n  externalName: Not_A_Name\n')}`)), ['IC2071']);
    assert.deepEqual(codes(run(`${ingress()}---\n${svc('  type: ExternalName\n')}`)), ['IC2071']);
  });

  test('an ExternalName of one label is the Service of that name in the namespace (IC3250), as ingress-nginx\'s search domains find it', () => {
    const r = run(`${ingress({ port: '8080' })}---\n${svc('  type: ExternalName\n  externalName: echo\n')}`);
    assert.ok(r.ok, JSON.stringify(r.diagnostics));
    const ns = r.ir!.upstreams[0]!.namespace;
    assert.deepEqual(r.ir!.upstreams[0]!.endpoints, [{ kind: 'dns', host: `echo.${ns}.svc.cluster.local`, port: 8080 }]);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC3250').map((d) => [d.severity, d.loc !== undefined]), [['info', true]]);
  });
});

describe('TLS keys the proxies refuse are errors at the Secret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingressc-keys-'));
  const cert = (name: string, keyArgs: string[]): { cert: string; key: string } => {
    const k = join(dir, `${name}.key`);
    const c = join(dir, `${name}.crt`);
    execFileSync('openssl', ['genpkey', ...keyArgs, '-out', k], { stdio: 'ignore' });
    execFileSync('openssl', ['req', '-x509', '-new', '-key', k, '-out', c, '-days', '30', '-subj', '/CN=k.test', '-addext', 'subjectAltName=DNS:k.test'], { stdio: 'ignore' });
    return { cert: readFileSync(c, 'utf8'), key: readFileSync(k, 'utf8') };
  };
  const secret = (p: { cert: string; key: string }) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: ${JSON.stringify(p.cert)}\n  tls.key: ${JSON.stringify(p.key)}\n`;
  const withTls = (p: { cert: string; key: string }) => `${ingress({ host: 'k.test', extraSpec: '  tls:\n  - hosts: [k.test]\n    secretName: s\n' })}---\n${secret(p)}`;

  for (const [name, args, detail] of [
    ['RSA 1024', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024'], 'is an RSA key of 1024 bits'],
    ['secp256k1', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp256k1'], 'is an ECDSA key on the curve secp256k1'],
    ['Ed448', ['-algorithm', 'ED448'], 'is an Ed448 key'],
    ['RSA-PSS', ['-algorithm', 'RSA-PSS', '-pkeyopt', 'rsa_keygen_bits:2048'], 'is an RSA-PSS key'],
  ] as const) {
    test(`${name}: IC2091 at tls.key`, () => {
      const text = withTls(cert(name.replace(/\W/g, ''), [...args]));
      const r = run(text);
      assert.deepEqual(codes(r), ['IC2091']);
      const d = r.diagnostics[0]!;
      assert.equal(d.loc?.line, text.split('\n').findIndex((l) => l.startsWith('  tls.key:')) + 1);
      assert.ok(d.message.includes(detail), d.message);
    });
  }

  test('an encrypted key: IC2091', () => {
    const p = cert('plain', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']);
    const enc = execFileSync('openssl', ['pkey', '-in', join(dir, 'plain.key'), '-aes256', '-passout', 'pass:x'], { encoding: 'utf8' });
    const r = run(withTls({ cert: p.cert, key: enc }));
    assert.deepEqual(codes(r), ['IC2091']);
    assert.ok(r.diagnostics[0]!.message.includes('is encrypted'));
  });

  for (const [name, args] of [
    ['RSA 2048', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']],
    ['P-384', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384']],
    ['P-521', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521']],
    ['Ed25519', ['-algorithm', 'ED25519']],
  ] as const)
    test(`${name} is accepted (all three proxies load it)`, () => {
      const r = run(withTls(cert(name.replace(/\W/g, ''), [...args])));
      assert.ok(r.ok, JSON.stringify(r.diagnostics));
    });

  test('P-256 from the test harness is accepted', () => {
    assert.ok(run(withTls(makeCert(['k.test']))).ok);
  });

  test.after(() => rmSync(dir, { recursive: true, force: true }));
});
