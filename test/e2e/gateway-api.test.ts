import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchRequest } from '../../src/ir/match.js';
import { coveredBy, flaggedHosts, gatewayHost } from '../gateway-api/expect.js';
import type { CompileResult } from '../../src/index.js';
import { validateStream } from '../gateway-api/crd-validator.js';
import type { GatewayModel, GwOutcome } from '../gateway-api/evaluate.js';
import { certificateCN, modelOf, upstreamKey } from '../gateway-api/output.js';
import { ROUTE_TABLE, type TableCase, type TableRequest } from './route-table.js';
import { checkReply, compileCase, describeRequest } from './run-table.js';

/**
 * The shared route table against the Gateway API output, through the evaluator of
 * test/gateway-api/evaluate.ts: each case is compiled with --target gateway-api exactly as the
 * live runner compiles it, every object validates (schema + CEL), and every request is answered by
 * the evaluator, once per hostname model (no fall-through, as Envoy Gateway; fall-through, the
 * literal reading), and checked by the runner's own checkReply.
 *
 * The one adjustment, made here only: Gateway API wildcards match deeper names (IC4502). A request
 * for a name two or more labels under a wildcard vhost is expected to get what a one-label name
 * under it gets (the IR's answer for "x.<suffix>"), which is what Gateway API defines; the warning
 * must have been reported for that host. Requests of hosts flagged IC4503 are checked on the
 * no-fall-through model only.
 */
const PORTS = { http: 18080, https: 18443 };

function reply(o: GwOutcome, r: CompileResult, c: TableCase, peerCN: string | undefined) {
  const base = { status: o.status, headers: {} as Record<string, string>, peerCN };
  if (o.kind === 'redirect') return { ...base, headers: { location: o.location } };
  if (o.kind !== 'proxied') return base;
  const key = upstreamKey(r, o.backend);
  return { ...base, json: { service: key ? c.services[key] : undefined, path: o.forwardedPath, host: o.forwardedHost } };
}

/** The expectation under Gateway API's wildcard semantics (gatewayHost), and the wildcard that widened it. */
function expectation(r: CompileResult, c: TableCase, req: TableRequest): { req: TableRequest; widened?: string } {
  const ir = r.ir!;
  const { host, widened: w } = gatewayHost(ir, req.host ?? '');
  if (!w) return { req };
  const m = matchRequest(ir, host, req.path);
  const hostOnly = (req.host ?? '').split(':')[0]!;
  let expect: TableRequest['expect'];
  if (!req.https && w.tls?.sslRedirect && ir.certificates.length) expect = { status: 308, location: `https://${hostOnly}` };
  else if (!m.upstream) expect = { status: 404 };
  else {
    const u = ir.upstreams.find((x) => x.id === m.upstream)!;
    expect = u.endpoints.length ? { status: 200, service: c.services[`${u.namespace}/${u.service}:${u.port}`]! } : { status: 503 };
  }
  if (req.expect.certCN !== undefined) expect.certCN = req.expect.certCN;
  return { req: { ...req, expect }, widened: w.name };
}

export function runGatewayCase(c: TableCase, fallThrough: boolean): { checked: number } {
  const echoPorts = Object.fromEntries(Object.keys(c.services).map((ref, i) => [ref, 19000 + i]));
  const r = compileCase(c, 'gateway-api', PORTS, echoPorts);
  assert.ok(r.ok, `compile failed: ${JSON.stringify(r.diagnostics, null, 2)}`);
  for (const f of r.files) assert.deepEqual(validateStream(f.content).problems, [], `${f.path} does not validate`);
  const model: GatewayModel = modelOf(r, { fallThrough });
  const widened = flaggedHosts(r.diagnostics, 'IC4502');
  const fallHosts = flaggedHosts(r.diagnostics, 'IC4503');
  // A "/$2" rewrite is a PathPrefix, matched case-sensitively (IC4508 says so): other letter cases are not compared.
  const caseSensitive = r.diagnostics.some((d) => d.code === 'IC4508' && d.message.includes('case-sensitive'));
  const failures: string[] = [];
  let checked = 0;
  for (const original of c.requests) {
    if (fallThrough && coveredBy(fallHosts, original.host ?? '')) continue;
    if (caseSensitive && original.path !== original.path.toLowerCase()) continue;
    const { req, widened: w } = expectation(r, c, original);
    if (w) assert.ok(widened.has(w), `${describeRequest(original)}: ${w} widened without IC4502`);
    const o = model.route({ ...(req.host !== undefined ? { host: req.host } : {}), path: req.path, ...(req.method ? { method: req.method } : {}), https: req.https === true, ...(req.sni ? { sni: req.sni } : {}) }, req.https ? PORTS.https : PORTS.http);
    const cn = req.https ? certificateCN(r, o.certificate) : undefined;
    const problems = checkReply(req, reply(o, r, c, cn), PORTS.https);
    checked++;
    if (problems.length) failures.push(`${describeRequest(original)}: ${problems.join('; ')} [route ${'route' in o ? o.route : '(none)'}, listener ${o.listener ?? '(none)'}]`);
  }
  assert.deepEqual(failures, [], `Gateway API would route differently from the Ingress spec (fallThrough=${fallThrough}):\n${failures.join('\n')}`);
  return { checked };
}

for (const c of ROUTE_TABLE) {
  test(`gateway-api (evaluated): ${c.name}`, () => {
    runGatewayCase(c, false);
    runGatewayCase(c, true);
  });
}
