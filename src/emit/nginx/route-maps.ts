import type { RouteTable, Upstream, VirtualHost } from '../../ir/types.js';
import { hasQuietRoutes } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
import { wildcardSuffix } from '../regex.js';
import { mapHashSizes } from './hash-sizes.js';
import { locationPlan, plainJump } from './emit-nginx.js';
import { nginxQuote } from './quote.js';
import { namedTarget, type ServerBackends } from './backends.js';

/**
 * `--nginx-routing maps` (issue 17): a host whose locations would all be plain jumps gets one
 * `location /` that jumps to the named location http-level maps choose. nginx parses and stores a
 * map entry in a fraction of a location's memory and time.
 *
 * The chain, per request: the exact map (key `$server_name` + `$uri`), then one map per path depth,
 * deepest first (key `$server_name` + `$uri` cut after d segments, the "/" after the last included),
 * then the host's root answer (its `location /` in locations output; a map on `$server_name/`). Each
 * map's default is the next one's variable. This is nginx's own location choice for these hosts: an exact location first,
 * then the longest `^~` prefix (every one ends in "/", so the longest is the deepest cut that is a
 * key), then `location /`.
 *
 * Case: nginx lowercases a map's input before the hash lookup (ngx_http_map_find, ngx_hash_strlow,
 * ASCII A-Z only), where `location` compares bytes. Keys admit no A-Z (qualification), and no input
 * with A-Z in its path part reaches a hash: the cuts come from regexes that admit no A-Z in the
 * segments they cut, and the exact key is only built from a `$uri` without A-Z. A hash hit is then
 * a byte-wise match. `$server_name` is the server's only name, lowercased by nginx (a hash
 * wildcard's is its `*.suffix` text); it holds no "/", so the first "/" of a key ends the host.
 * Keys are never variable-expanded; the words a map reads specially (`default`, `include`,
 * `hostnames`, `volatile`, a leading `~` or `\`) cannot be keys: every key starts with a host
 * character and holds a "/".
 */

export type NginxRouting = 'locations' | 'maps';

const EXACT_URI = '$ingressc_exact_uri';
const ROUTE = '$ingressc_route';
const cutVar = (d: number): string => `$ingressc_cut${d}`;
const levelVar = (d: number): string => `${ROUTE}_d${d}`;
const ROOT = `${ROUTE}_root`;
const NOT_FOUND = namedTarget(undefined);

/** Map keys hold what qualification lets through; nginx reads a longer token than its 4 KiB buffer as an error. */
const MAX_KEY = 1024;
const PATH_CHARS = /^[a-z0-9/._~-]*$/;
const HOST_CHARS = /^(\*\.)?[a-z0-9.-]+$/;

interface HostMaps {
  /** `$server_name` as nginx sets it for the host's server. */
  serverName: string;
  exact: { path: string; upstream: string | undefined }[];
  /** Paths end in "/". */
  prefix: { path: string; upstream: string | undefined }[];
  root: string | undefined;
}

/** How many segments a prefix path ending in "/" cuts ("/a/b/": 2). */
const depthOf = (path: string): number => path.split('/').length - 2;

/**
 * Why a host keeps its locations under `--nginx-routing maps` (undefined: it is routed by maps).
 * `hashWildcards`: wildcard servers use nginx's `*.suffix` names (no host-less rules).
 */
export function mapsRefusal(vh: VirtualHost, hashWildcards: boolean): string | undefined {
  const q = qualify(vh, hashWildcards);
  return typeof q === 'string' ? q : undefined;
}

/** The host's map entries, or why it keeps its locations; its location plan is computed once. */
function qualify(vh: VirtualHost, hashWildcards: boolean): HostMaps | string {
  if (vh.kind === 'any') return 'the default server keeps its locations';
  if (vh.kind === 'wildcard' && !hashWildcards) return 'a regex server_name (wildcard beside host-less rules)';
  if (vh.pathOrder === 'regex-first-match') return 'regex paths';
  if (hasQuietRoutes(vh)) return 'a route with enable-access-log "false"';
  const serverName = vh.kind === 'wildcard' ? `*.${wildcardSuffix('nginx', vh.wildcardSuffix)}` : vh.name;
  if (!HOST_CHARS.test(serverName)) return `host ${JSON.stringify(vh.name)} has characters outside [a-z0-9.-]`;
  const h: HostMaps = { serverName, exact: [], prefix: [], root: undefined };
  for (const l of locationPlan(vh, vh.fallbackRedirect ? [vh.fallbackRedirect] : [])) {
    if (!plainJump(l)) return `path ${JSON.stringify(l.path)} does more than proxy (annotations, redirect, canary)`;
    if (l.modifier === '^~' && !l.path.endsWith('/')) return `path ${JSON.stringify(l.path)} is a string prefix`;
    if (!PATH_CHARS.test(l.path)) return `path ${JSON.stringify(l.path)} has characters outside [a-z0-9/._~-]`;
    if (serverName.length + l.path.length > MAX_KEY) return `path ${JSON.stringify(l.path)} is too long for a map key`;
    if (l.modifier === '=') h.exact.push({ path: l.path, upstream: l.upstream });
    else if (l.modifier === '^~') h.prefix.push({ path: l.path, upstream: l.upstream });
    else h.root = l.upstream;
  }
  return h;
}

/** The maps of one config: which hosts they route, the http-level maps, and each such host's `location /`. */
export class NginxRouteMaps {
  private readonly hosts = new Map<VirtualHost, HostMaps>();

  constructor(
    ir: Pick<RouteTable, 'vhosts'>,
    hashWildcards: boolean,
    private readonly upstream: (id: string | undefined) => Upstream | undefined,
  ) {
    for (const vh of ir.vhosts) {
      const q = qualify(vh, hashWildcards);
      if (typeof q !== 'string') this.hosts.set(vh, q);
    }
  }

  routes(vh: VirtualHost): boolean {
    return this.hosts.has(vh);
  }

  /** The named location a map value names for `id` (backends.ts: one per upstream, 404 and 503 too). */
  private target(id: string | undefined): string {
    return namedTarget(this.upstream(id));
  }

  /** map_hash_* must come before the config's first `map` (nginx fixes them at the first map block). */
  hashSizeLines(): string[] {
    if (this.hosts.size === 0) return [];
    const hosts = [...this.hosts.values()];
    const keys = hosts.flatMap((h) => [`${h.serverName}/`, ...[...h.exact, ...h.prefix].map((p) => h.serverName + p.path)]);
    const perDepth = new Map<number, number>();
    for (const h of hosts) for (const p of h.prefix) perDepth.set(depthOf(p.path), (perDepth.get(depthOf(p.path)) ?? 0) + 1);
    const largest = Math.max(hosts.length, hosts.reduce((n, h) => n + h.exact.length, 0), ...perDepth.values());
    const { bucketSize, maxSize } = mapHashSizes(keys, largest);
    return [`map_hash_bucket_size ${bucketSize};`, `map_hash_max_size ${maxSize};`];
  }

  maps(w: TextWriter): void {
    if (this.hosts.size === 0) return;
    const hosts = [...this.hosts.values()];
    const depths = [...new Set(hosts.flatMap((h) => h.prefix.map((p) => depthOf(p.path))))].sort((a, b) => b - a);
    const entry = (key: string, id: string | undefined): void => {
      w.line(`${nginxQuote(key)} ${this.target(id)};`);
    };
    w.line('# --nginx-routing maps: exact paths, then prefixes deepest first, then the host\'s "/" (route-maps.ts).');
    w.line(`map $uri ${EXACT_URI} { "~[A-Z]" ""; default $uri; }`);
    for (const d of depths) w.line(`map $uri ${cutVar(d)} { ${nginxQuote(`~^(/(?:[^/A-Z]*/){${d}})`, { allowDollar: true })} $1; default ""; }`);
    const next = (i: number): string => (i < depths.length ? levelVar(depths[i]!) : ROOT);
    w.block(`map $server_name${EXACT_URI} ${ROUTE}`, () => {
      for (const h of hosts) for (const p of h.exact) entry(h.serverName + p.path, p.upstream);
      w.line(`default ${next(0)};`);
    });
    depths.forEach((d, i) => {
      w.block(`map $server_name${cutVar(d)} ${levelVar(d)}`, () => {
        for (const h of hosts) for (const p of h.prefix) if (depthOf(p.path) === d) entry(h.serverName + p.path, p.upstream);
        w.line(`default ${next(i + 1)};`);
      });
    });
    // Keyed `$server_name/`: a one-label host named "default" or "include" would be read as a word of the map.
    w.block(`map $server_name/ ${ROOT}`, () => {
      // A 404 is the default: its named location is in every server whose root answers 404.
      for (const h of hosts) if (this.target(h.root) !== NOT_FOUND) entry(`${h.serverName}/`, h.root);
      w.line(`default ${NOT_FOUND};`);
    });
  }

  /**
   * The host's one location, and its named locations registered with `backends`. A `location /`, not
   * a jump at server level: nginx checks a request body's Content-Length against client_max_body_size
   * when it chooses a location (ngx_http_core_find_config_phase), which a server-level jump would skip
   * (the named location starts at its rewrite phase).
   */
  location(w: TextWriter, vh: VirtualHost, backends: ServerBackends): void {
    const h = this.hosts.get(vh)!;
    for (const p of [...h.exact, ...h.prefix]) backends.named(p.upstream);
    backends.named(h.root);
    w.block('location /', () => w.line(`error_page 418 = ${ROUTE};`).line('return 418;'));
  }
}
