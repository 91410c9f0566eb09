// Traefik has no live proxy in this repo: its routing is checked with the rule
// evaluator the Traefik engineer builds under test/traefik/. This module finds
// that evaluator (an exported function that takes the emitted traefik.yaml and
// a request {host, path, https} and returns the chosen router/service/status)
// and adapts its answer. Until it exists, Traefik is reported "not run".
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface TraefikRequest {
  host: string;
  path: string;
  https: boolean;
  method: string;
  /** Request headers (a list is several lines). */
  headers?: Record<string, readonly string[]>;
  /** false: answer the first response, redirect or not (ingress-nginx's e2e client); absent: follow redirects. */
  follow?: boolean;
}

export interface TraefikDecision {
  status: number;
  /** Traefik service name the request goes to (undefined: no route / non-forwarded answer). */
  service?: string;
  router?: string;
  /** Location of a redirect, when the evaluator reports one. */
  location?: string;
  /** Path (and query) the backend receives, when the evaluator reports it. */
  path?: string;
  /** Request headers the router's middlewares set (lowercase names), when the evaluator reports them. */
  setHeaders?: Record<string, string>;
  /** Response headers the middlewares set, when the evaluator reports them (the echo backend sets none of its own). */
  responseHeaders?: Record<string, string>;
  /** The server (URL) a sticky cookie chose, when the evaluator reports one. */
  server?: string;
}

/** `configText`: the emitted dynamic configuration (routers, services); `files`: every emitted file by path. */
export type TraefikEvaluator = (configText: string, req: TraefikRequest, files: ReadonlyMap<string, string>) => TraefikDecision | Promise<TraefikDecision>;

const NAMES = ['evaluateTraefik', 'evaluate', 'evaluateRequest', 'routeRequest', 'matchRequest', 'resolveRequest', 'route'];

let cached: { evaluator?: TraefikEvaluator; where?: string; why?: string } | undefined;

/** Finds the evaluator in the compiled test/traefik/ folder, once per process. */
export async function findTraefikEvaluator(): Promise<{ evaluator?: TraefikEvaluator; where?: string; why?: string }> {
  if (cached) return cached;
  const dir = fileURLToPath(new URL('../traefik/', import.meta.url));
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.js') && !f.endsWith('.test.js')).sort();
  } catch {
    return (cached = { why: 'evaluator missing (no test/traefik/)' });
  }
  for (const f of files) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const n of NAMES) {
      const fn = mod[n];
      if (typeof fn === 'function') {
        const raw = fn as (c: string, r: TraefikRequest, f: ReadonlyMap<string, string>) => unknown;
        return (cached = { evaluator: async (c, r, f) => normalise(await raw(c, r, f)), where: `test/traefik/${f.replace(/\.js$/, '.ts')}#${n}` });
      }
    }
  }
  return (cached = { why: 'evaluator missing (no exported evaluate function in test/traefik/)' });
}

function normalise(v: unknown): TraefikDecision {
  if (typeof v === 'string') return { status: 200, service: v };
  if (!v || typeof v !== 'object') return { status: 404 };
  const o = v as Record<string, unknown>;
  const service = typeof o.service === 'string' ? o.service : undefined;
  const status = typeof o.status === 'number' ? o.status : service ? 200 : 404;
  return {
    status,
    ...(service !== undefined ? { service } : {}),
    ...(typeof o.router === 'string' ? { router: o.router } : {}),
    ...(typeof o.location === 'string' ? { location: o.location } : {}),
    ...(typeof o.path === 'string' ? { path: o.path } : {}),
    ...(o.setHeaders && typeof o.setHeaders === 'object' ? { setHeaders: o.setHeaders as Record<string, string> } : {}),
    ...(o.responseHeaders && typeof o.responseHeaders === 'object' ? { responseHeaders: o.responseHeaders as Record<string, string> } : {}),
    ...(typeof o.server === 'string' ? { server: o.server } : {}),
  };
}
