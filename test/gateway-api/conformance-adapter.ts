import { followRedirects } from '../helpers/follow-redirects.js';
import { parseAllDocuments } from 'yaml';
import { GatewayModel, type GwOutcome } from './evaluate.js';
import { selectTls } from './tls.js';

/**
 * The evaluator as the shared conformance suite calls it (test/conformance/suite.ts): `files` are
 * the emitted files by path; the answer is the final status, the serving backend as an IR upstream
 * id ("<namespace>_<service>_<port>", which the suite maps back to the Service) and the first
 * redirect's Location. Redirects are followed like the suite's live client does (STEPS.md §3.6:
 * same method, the Location's scheme, host and path, at most 10 hops); GatewayModel.route itself
 * answers one request. The conformance echo backends are all ready.
 */
export function evaluateGatewayApi(_config: string, req: { host: string; path: string; https: boolean; method: string; headers?: Record<string, readonly string[]>; follow?: boolean }, files: ReadonlyMap<string, string>): { status: number; service?: string; router?: string; location?: string; path?: string; setHeaders?: Record<string, string>; responseHeaders?: Record<string, string> } {
  // TLS passthrough: the Gateway's TLS listener for the SNI hands the connection to its TLSRoute (tls.ts).
  const tls = req.https ? passthroughOf(files, req.host.replace(/:\d+$/, '')) : undefined;
  if (tls) return tls;
  const model = modelFor(files);
  const { outcome: o, firstLocation } = followRedirects((r) => model.route(r), req);
  const loc = firstLocation ? { location: firstLocation } : {};
  if (o.kind === 'proxied') return { status: 200, service: o.backend.name, router: o.route, path: o.forwardedPath, setHeaders: o.setHeaders ?? {}, responseHeaders: o.responseHeaders ?? {}, ...loc };
  if (o.kind === 'redirect') return { status: o.status, router: o.route, location: o.location };
  return { status: o.status, ...(o.route ? { router: o.route } : {}), ...loc };
}

const models = new Map<string, GatewayModel>();

function modelFor(files: ReadonlyMap<string, string>): GatewayModel {
  const key = [...files.entries()].map(([p, c]) => `${p}\n${c}`).join('\n\0');
  let m = models.get(key);
  if (!m) {
    if (models.size > 32) models.clear();
    const objects = [...files.values()].flatMap((t) => parseAllDocuments(t).map((d) => d.toJS() as ConstructorParameters<typeof GatewayModel>[0][number]).filter((x) => x !== null));
    models.set(key, (m = new GatewayModel(objects)));
  }
  return m;
}

/** The passthrough answer for an SNI (the backend as an IR upstream id), or undefined when TLS is terminated. */
function passthroughOf(files: ReadonlyMap<string, string>, sni: string): { status: number; service: string; router: string } | undefined {
  if (![...files.values()].some((t) => /kind: "?TLSRoute/.test(t))) return undefined;
  const objects = [...files.values()].flatMap((t) => parseAllDocuments(t).map((d) => d.toJS() as unknown)).filter((x) => x !== null);
  const gw = objects.find((o): o is { kind: 'Gateway'; spec: { listeners: { port: number; protocol: string }[] } } => (o as { kind?: string }).kind === 'Gateway');
  const port = gw?.spec.listeners.find((l) => l.protocol === 'TLS')?.port;
  if (port === undefined) return undefined;
  const o = selectTls(objects, port, sni);
  return o.kind === 'passthrough' ? { status: 200, service: `${o.service.namespace}_${o.service.name}_${o.service.port}`, router: o.route } : undefined;
}
