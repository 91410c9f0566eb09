import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { GOLDEN_ROOT, listFiles } from '../helpers/golden.js';
import { TraefikModel } from './evaluate.js';
import { readOutput } from './output.js';
import { loadUpstreamSchema, strictify, traefikValidator } from './strict-schema.js';

const strict = traefikValidator(true);
const lax = traefikValidator(false);

const router = { entryPoints: ['web'], rule: 'Host("a.test")', priority: 10, service: 'svc' };
const service = { loadBalancer: { servers: [{ url: 'http://10.0.0.1:80' }], passHostHeader: true } };
const valid = {
  http: { routers: { r: router, s: { ...router, tls: {} } }, services: { svc: service }, middlewares: { m: { redirectScheme: { scheme: 'https', permanent: true } } } },
  tls: { certificates: [{ certFile: 'a.crt', keyFile: 'a.key' }], stores: { default: { defaultCertificate: { certFile: 'a.crt', keyFile: 'a.key' } } } },
};

test('the strict copy keeps valid configurations valid', () => {
  assert.deepEqual(strict(valid), []);
  assert.deepEqual(lax(valid), []);
});

test('the strict copy rejects typos the upstream schema lets through', () => {
  const typos: [string, unknown][] = [
    ['http.routerz', { ...valid, http: { ...valid.http, routerz: {} } }],
    ['servers[].uri', { http: { routers: {}, services: { svc: { loadBalancer: { servers: [{ url: 'http://a:1', uri: 'x' }] } } } } }],
    ['tls.certificates[].certfile', { tls: { certificates: [{ certFile: 'a', keyFile: 'b', certfile: 'c' }] } }],
    ['router.tls.option', { http: { routers: { r: { ...router, tls: { option: 'x' } } } } }],
  ];
  for (const [what, doc] of typos) {
    assert.deepEqual(lax(doc), [], `the upstream schema accepts ${what}`);
    assert.notDeepEqual(strict(doc), [], `the strict schema rejects ${what}`);
  }
  assert.notDeepEqual(strict({ http: { routers: { r: { ...router, priority: 'high' } } } }), []);
  assert.notDeepEqual(strict({ http: { routers: {}, services: { svc: { loadBalancer: { servers: [] } } } } }), []); // minItems 1
});

test('strictify copies: the loaded schema is not modified', () => {
  const upstream = loadUpstreamSchema();
  const before = JSON.stringify(upstream);
  const s = strictify(upstream) as { properties: { http: { additionalProperties?: boolean } } };
  assert.equal(s.properties.http.additionalProperties, false);
  assert.equal(JSON.stringify(upstream), before);
});

test('every golden Traefik output validates and loads into the evaluator', () => {
  const cases = readdirSync(GOLDEN_ROOT()).filter((c) => existsSync(join(GOLDEN_ROOT(), c, 'expected', 'traefik')));
  assert.ok(cases.length > 0, 'no fixtures/golden/*/expected/traefik');
  for (const c of cases) {
    const dir = join(GOLDEN_ROOT(), c, 'expected', 'traefik');
    const files = listFiles(dir).map((path) => ({ path, content: readFileSync(join(dir, path), 'utf8') }));
    const out = readOutput(files);
    assert.deepEqual(strict(out.dynamic), [], `${c}/traefik.yaml`);
    assert.doesNotThrow(() => new TraefikModel(out.dynamic), c);
    for (const cert of out.dynamic.tls?.certificates ?? []) assert.ok(out.files.has(cert.certFile) || !existsSync(join(dir, 'certs')), `${c}: ${cert.certFile}`);
    assert.deepEqual(Object.keys(parse(out.files.get('traefik-static.yaml')!) as object), ['global', 'entryPoints', 'providers']);
  }
});
