// The ported backend cases (backend-cases.ts) on Traefik, through its rule evaluator
// (test/traefik/): the router a request takes, then the server URL its service dials. Whether the
// real backend would answer follows from the URL scheme (http, https, h2c) against what the
// backend speaks, and from the static serversTransport (the backends' certificates come from a
// private CA: without insecureSkipVerify Traefik would refuse them). A case using a key Traefik
// has no row for must be refused (fail closed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelOptionsFromStatic, TraefikModel } from '../../traefik/evaluate.js';
import { readOutput } from '../../traefik/output.js';
import { traefikValidator } from '../../traefik/strict-schema.js';
import { validateStream } from '../../gateway-api/crd-validator.js';
import { modelOf } from '../../gateway-api/output.js';
import { BACKEND_CASES, type BackendKind } from './backend-cases.js';
import { backendCtx, claimed, compileCase } from './backend-run.js';

const validate = traefikValidator();

/** The scheme a backend of this kind answers on. */
const SPEAKS: Record<BackendKind, string> = {
  http: 'http:',
  https: 'https:',
  'https-tls13': 'https:',
  'https-mtls': 'https:',
  'https-balancer': 'https:',
  'https-stranger': 'https:',
  grpc: 'h2c:',
  grpcs: 'https:',
};

for (const c of BACKEND_CASES) {
  test(`traefik (evaluator): ${c.source}: ${c.it}`, () => {
    const ctx = backendCtx();
    // Fake ports: the evaluator never dials; each service gets its own.
    const ports = Object.fromEntries(Object.keys(c.services).map((s, i) => [s, 20001 + i]));
    const r = compileCase(c, 'traefik', ctx, ports, { http: 18080, https: 18443 });
    if (c.compileError) {
      assert.ok(!r.ok && r.diagnostics.some((d) => d.code === c.compileError));
      return;
    }
    if (!claimed(c, 'traefik')) {
      assert.equal(r.ok, false, 'traefik has no row for a key of this case and must refuse it');
      assert.ok(r.diagnostics.some((d) => ['IC2101', 'IC2102', 'IC3071'].includes(d.code)));
      return;
    }
    assert.ok(r.ok, r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
    const out = readOutput(r.files);
    assert.deepEqual(validate(out.dynamic), []);
    const skipVerify = (out.static as { serversTransport?: { insecureSkipVerify?: boolean } }).serversTransport?.insecureSkipVerify === true;
    const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
    const problems: string[] = [];
    const answer = (host: string, https: boolean, path: string, method?: string): { status: number; service?: string; authority?: string } => {
      const o = model.route({ host, path, https, ...(method ? { method } : {}) });
      if (o.kind !== 'proxied') return { status: o.status };
      const url = new URL(o.servers[0]!);
      const svc = Object.entries(ports).find(([, p]) => String(p) === url.port)?.[0];
      const kind = svc !== undefined ? c.services[svc] : undefined;
      if (!kind || SPEAKS[kind] !== url.protocol) return { status: 502 };
      if (url.protocol === 'https:' && !skipVerify) return { status: 502 };
      return { status: 200, service: svc!, ...(o.forwardedHost !== undefined ? { authority: o.forwardedHost } : {}) };
    };
    for (const q of c.requests) {
      if (q.kind === 'http') {
        const a = answer(q.host, q.https === true, '/');
        if (a.status !== q.expect.status) problems.push(`${q.https ? 'https' : 'http'}://${q.host}/: ${a.status}, expected ${q.expect.status}`);
        else if (q.expect.service !== undefined && a.service !== q.expect.service) problems.push(`${q.host}: ${a.service}, expected ${q.expect.service}`);
      } else {
        if (q.delayMs) continue; // timeouts: Traefik has no row for them (warnings only)
        const a = answer(q.host, q.tls, '/ingressc.Echo/Unary', 'POST');
        if (q.expect.ok && (a.status !== 200 || a.service !== q.expect.service || a.authority !== q.expect.authority)) problems.push(`gRPC ${q.host}: ${JSON.stringify(a)}, expected ${JSON.stringify(q.expect)}`);
        if (!q.expect.ok && a.status === 200) problems.push(`gRPC ${q.host}: served, expected an error`);
      }
    }
    assert.deepEqual(problems, [], c.translation);
  });
}

// Gateway API through its evaluator (test/gateway-api/): the route a request takes (HTTPRoute or
// GRPCRoute) and the BackendTLSPolicy of its Service. The real backend would answer when the
// Gateway speaks what it speaks: TLS exactly when a policy exists (validated against the policy's
// CA for its hostname), HTTP/2 when it is a gRPC backend (a GRPCRoute's backends get HTTP/2).
const CERT_NAMES: Partial<Record<BackendKind, { names: string[]; ca: 'ca' | 'otherCa' }>> = {
  https: { names: ['backend.test'], ca: 'ca' },
  'https-tls13': { names: ['backend.test'], ca: 'ca' },
  'https-mtls': { names: ['backend.test'], ca: 'ca' },
  'https-balancer': { names: ['upstream_balancer', 'upstream-balancer.test'], ca: 'ca' },
  'https-stranger': { names: ['backend.test'], ca: 'otherCa' },
  grpcs: { names: ['backend.test'], ca: 'ca' },
};

for (const c of BACKEND_CASES) {
  test(`gateway-api (evaluator): ${c.source}: ${c.it}`, () => {
    const ctx = backendCtx();
    const ports = Object.fromEntries(Object.keys(c.services).map((s, i) => [s, 20001 + i]));
    const r = compileCase(c, 'gateway-api', ctx, ports, { http: 18080, https: 18443 });
    if (c.compileError) {
      assert.ok(!r.ok && r.diagnostics.some((d) => d.code === c.compileError));
      return;
    }
    if (!claimed(c, 'gateway-api')) {
      assert.equal(r.ok, false, 'gateway-api has no row for a key of this case and must refuse it');
      assert.ok(r.diagnostics.some((d) => ['IC2101', 'IC2102', 'IC3071'].includes(d.code)));
      return;
    }
    if (c.gatewayRefused) {
      assert.equal(r.ok, false, `must refuse: ${c.gatewayRefused}`);
      assert.ok(r.diagnostics.some((d) => d.code === 'IC4110' && d.loc !== undefined), r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
      return;
    }
    assert.ok(r.ok, r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
    for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], f.path);
    const model = modelOf(r);
    const problems: string[] = [];
    const answer = (host: string, https: boolean, path: string, grpc: boolean): { status: number; service?: string; authority?: string } => {
      const o = model.route({ host, path, https, ...(grpc ? { method: 'POST', headers: { 'content-type': 'application/grpc' } } : {}) }, https ? 18443 : 18080);
      if (o.kind !== 'proxied') return { status: o.status };
      const svc = o.backend.name;
      const kind = c.services[svc];
      if (!kind) return { status: 502 };
      const cert = CERT_NAMES[kind];
      if (!!cert !== !!o.backendTls) return { status: 502 };
      if (cert && o.backendTls) {
        if (!cert.names.includes(o.backendTls.hostname)) return { status: 502 };
        if (o.backendTls.caPem !== (cert.ca === 'ca' ? ctx.ca.cert : ctx.otherCa.cert)) return { status: 502 };
      }
      if ((kind === 'grpc' || kind === 'grpcs') && o.routeKind !== 'GRPCRoute') return { status: 502 };
      return { status: 200, service: svc, ...(o.forwardedHost !== undefined ? { authority: o.forwardedHost } : {}) };
    };
    for (const q of c.requests) {
      if (q.kind === 'http') {
        const a = answer(q.host, q.https === true, '/', false);
        if (a.status !== q.expect.status) problems.push(`${q.https ? 'https' : 'http'}://${q.host}/: ${a.status}, expected ${q.expect.status}`);
        else if (q.expect.service !== undefined && a.service !== q.expect.service) problems.push(`${q.host}: ${a.service}, expected ${q.expect.service}`);
      } else {
        if (q.delayMs) continue;
        const a = answer(q.host, q.tls, '/ingressc.Echo/Unary', true);
        if (q.expect.ok && (a.status !== 200 || a.service !== q.expect.service || a.authority !== q.expect.authority)) problems.push(`gRPC ${q.host}: ${JSON.stringify(a)}, expected ${JSON.stringify(q.expect)}`);
        if (!q.expect.ok && a.status === 200) problems.push(`gRPC ${q.host}: served, expected an error`);
      }
    }
    assert.deepEqual(problems, [], c.translation);
  });
}
