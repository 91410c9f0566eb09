/**
 * Hostile ssl-ciphers values (the annotation and the ConfigMap key) on every target: each compile
 * fails with located errors, or the IR holds exactly the value written (the host's own, the
 * ConfigMap's or its default) and each output says it back unchanged: nginx's quoted ssl_ciphers,
 * HAProxy's crt-list and bind words, Envoy's cipher_suites (the list's names BoringSSL offers),
 * Caddy's (their IANA names). Fixed seed (deterministic).
 */
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { test } from 'node:test';
import fc from 'fast-check';
import { compile, type TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { cipherRefusal, cipherSuitesFor, isCipherString } from '../../src/ir/ciphers.js';
import { makeCert } from '../harness/index.js';
import { SPECIAL_CHARS } from './payloads.js';
import { configMapText } from './configmap-compile.js';

const SEED = 20261207;
const RUNS = 150;

const pair = makeCert(['a.test', 'b.test']);
const ingress = (annotation: string | undefined): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  namespace: default
  annotations: ${JSON.stringify(annotation === undefined ? {} : { 'nginx.ingress.kubernetes.io/ssl-ciphers': annotation })}
spec:
  tls: [{hosts: [a.test, b.test], secretName: tls}]
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: other, namespace: default}
spec:
  rules:
  - host: b.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
---
apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata: {name: tls, namespace: default}
stringData: {tls.crt: ${JSON.stringify(pair.cert)}, tls.key: ${JSON.stringify(pair.key)}}
`;

const NAMES = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'AES128-SHA', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256', 'TLS_AES_128_GCM_SHA256'];
const KEYWORDS = ['HIGH', '!aNULL', '+RSA', '-MD5', 'ALL', 'DEFAULT', '@STRENGTH', '@SECLEVEL=0', '@SECLEVEL=9', 'RC4+RSA', 'ecdhe-rsa-aes128-gcm-sha256'];
const token = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 2, arbitrary: fc.constantFrom(...KEYWORDS) }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_CHARS) });
const sep = fc.oneof({ weight: 6, arbitrary: fc.constant(':') }, { weight: 1, arbitrary: fc.constantFrom(' ', ',', ';', '', '::') });
const cipherString = fc.array(fc.tuple(token, sep), { minLength: 1, maxLength: 4 }).map((ts) => ts.map(([t, s], i) => (i ? s : '') + t).join(''));
const value = fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: cipherString });

const nginxUnquote = (q: string): string => {
  assert.match(q, /^"(?:[^"\\]|\\.)*"$/);
  return q.slice(1, -1).replace(/\\(["\\])/g, '$1');
};

const LIBRARY: Partial<Record<TargetName, 'go' | 'boringssl'>> = { envoy: 'boringssl', caddy: 'go', traefik: 'go' };

test(`fuzz: ${RUNS} ssl-ciphers annotations and ConfigMaps × ${TARGETS.length} targets: located errors, or the value as written, back unchanged`, () => {
  let applied = 0;
  fc.assert(
    fc.property(value, value, (annotation, configMap) => {
      for (const target of TARGETS) {
        const cm = configMap === undefined ? undefined : configMapText({ 'ssl-ciphers': configMap });
        const r = compile([{ path: 'app.yaml', text: ingress(annotation) }], { target, backends: ['default/web:80=127.0.0.1:9'], ...(cm ? { controllerConfig: { path: 'cm.yaml', text: cm } } : {}) });
        if (!r.ok) {
          for (const e of r.diagnostics.filter((x) => x.severity === 'error')) assert.ok(e.loc && e.loc.line >= 1, `${target}: unlocated ${e.code} ${e.message}`);
          // Refused only for a reason: the grammar, or a list the target cannot apply.
          const valid = (v: string | undefined): boolean => v === undefined || isCipherString(v);
          const lib = LIBRARY[target];
          const appliable = (v: string | undefined): boolean => v === undefined || v === '' || lib === undefined || !isCipherString(v) || cipherRefusal(v, lib) === undefined;
          assert.ok(!(valid(annotation) && (configMap === '' || valid(configMap)) && appliable(annotation) && appliable(configMap)), `${target}: refused ${JSON.stringify([annotation, configMap])}: ${JSON.stringify(r.diagnostics)}`);
          continue;
        }
        const own = r.ir!.vhosts.find((v) => v.name === 'a.test')!.tlsCiphers?.ciphers;
        const onHost = target !== 'gateway-api';
        assert.equal(own, onHost ? annotation : undefined, target);
        // The ConfigMap always sets the key here (ingress-nginx's default list is for a ConfigMap without it); "" writes none.
        assert.equal(r.ir!.tlsCiphers?.ciphers, onHost && configMap !== undefined && configMap !== '' ? configMap : undefined, target);
        const out = r.files.map((f) => f.content).join('\n');
        const lists = [own, r.ir!.tlsCiphers?.ciphers].filter((v): v is string => v !== undefined);
        if (lists.length) applied++;
        if (target === 'nginx') {
          const written = [...out.matchAll(/^ *ssl_ciphers (.*);$/gm)].map((m) => nginxUnquote(m[1]!));
          assert.deepEqual(written.sort(), [...lists].sort(), target);
        }
        if (target === 'haproxy') {
          const words = [...out.matchAll(/ciphers (\S+?)\]?(?:\s|$)/g)].map((m) => m[1]!);
          for (const l of lists) assert.ok(words.includes(l), `${target}: ${l} not in ${JSON.stringify(words)}`);
          for (const w of words) assert.ok(lists.includes(w) || w === 'DEFAULT', `${target}: ${w}`);
        }
        if (target === 'envoy' || target === 'caddy') {
          const json = JSON.parse(r.files.find((f) => f.path.endsWith('.json'))!.content) as unknown;
          const found: string[][] = [];
          const walk = (o: unknown): void => {
            if (Array.isArray(o)) o.forEach(walk);
            else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) k === 'cipher_suites' ? found.push(v as string[]) : walk(v);
          };
          walk(json);
          const want = lists.map((l) => cipherSuitesFor(l, target === 'envoy' ? 'boringssl' : 'go'));
          for (const w of want) assert.ok(found.some((f) => JSON.stringify(f) === JSON.stringify(w)), `${target}: ${JSON.stringify(w)} not in ${JSON.stringify(found)}`);
        }
        if (target === 'traefik') {
          // tls.options: the ConfigMap's list as `default`, the host's (where it differs) as its own.
          const options = (parse(r.files.find((f) => f.path === 'traefik.yaml')!.content) as { tls?: { options?: Record<string, { cipherSuites?: string[] }> } }).tls?.options ?? {};
          const found = Object.values(options).map((o) => JSON.stringify(o.cipherSuites));
          for (const l of lists) assert.ok(found.includes(JSON.stringify(cipherSuitesFor(l, 'go'))), `${target}: ${l} not in ${JSON.stringify(found)}`);
        }
        // No character that means something in an output came from a value unchecked.
        for (const v of [annotation, configMap]) if (v !== undefined && /[;{}"'`\n#%$ ]/.test(v)) assert.ok(!out.includes(v), `${target}: ${JSON.stringify(v)}`);
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
  assert.ok(applied >= RUNS, `only ${applied} compiles applied a list`);
});
