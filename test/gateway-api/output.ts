import { X509Certificate } from 'node:crypto';
import { parseAllDocuments } from 'yaml';
import type { CompileResult } from '../../src/index.js';
import { GatewayModel, type GwOutcome, type GwRequest, type ModelOptions } from './evaluate.js';

/** The compiled Gateway API output parsed back (every file, every document). */
export function readObjects(files: CompileResult['files']): ConstructorParameters<typeof GatewayModel>[0] {
  return files.flatMap((f) => parseAllDocuments(f.content).map((d) => d.toJS() as ConstructorParameters<typeof GatewayModel>[0][number]).filter((x) => x !== null));
}

/**
 * A model of a compile result as a cluster would run it: Services are ready when the IR upstream
 * of that Service port has endpoints (an EndpointSlice without ready addresses: 503).
 */
export function modelOf(r: CompileResult, opts: Omit<ModelOptions, 'ready'> = {}): GatewayModel {
  const ir = r.ir!;
  return new GatewayModel(readObjects(r.files), {
    ...opts,
    ready: (b) => ir.upstreams.some((u) => u.namespace === b.namespace && u.service === b.name && u.servicePort === b.port && u.endpoints.length > 0),
  });
}

/** "ns/svc:port" as written in the Ingress (the route table's key) of a backendRef. */
export function upstreamKey(r: CompileResult, b: { namespace: string; name: string; port: number }): string | undefined {
  const u = r.ir!.upstreams.find((x) => x.namespace === b.namespace && x.service === b.name && x.servicePort === b.port);
  return u ? `${u.namespace}/${u.service}:${u.port}` : undefined;
}

/** Subject CN of the certificate a listener's certificateRef ("ns/name") names. */
export function certificateCN(r: CompileResult, ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const c = r.ir!.certificates.find((x) => `${x.namespace}/${x.secretName}` === ref);
  if (!c?.certPem) return undefined;
  return /(?:^|\n)CN=([^\n]*)/.exec(new X509Certificate(c.certPem).subject)?.[1];
}

export type { GwOutcome, GwRequest };
