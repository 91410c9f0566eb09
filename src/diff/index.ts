import { compile } from '../compile.js';
import type { Diagnostic, TargetName } from '../diagnostics/types.js';
import type { OutputFile } from '../emit/emitter.js';
import type { RouteTable } from '../ir/types.js';
import type { CompileOptionsInput } from '../options.js';
import type { SourceFile } from '../parse/source.js';
import { routeRows, type RouteRow } from '../routes/table.js';
import { unifiedDiff } from './line-diff.js';
import { compareStrings } from '../util/compare.js';

export { diffLines, unifiedDiff, splitLines, type Edit } from './line-diff.js';

/** One route-level change. `key` identifies the route: host + path + match (or fallback/default/TLS). */
export interface RouteChange {
  change: '+' | '-' | '~';
  kind: 'route' | 'fallback' | 'default' | 'tls' | 'passthrough';
  host: string;
  path: string;
  match: RouteRow['match'] | 'TLS';
  /** Backend ("ns/svc:port") or, for kind "tls", "certificate (redirect|https)". */
  old?: string;
  new?: string;
  /** For "~": what changed. */
  what?: 'backend' | 'endpoints' | 'tls';
}

export interface FileChange {
  path: string;
  change: 'added' | 'removed' | 'modified';
  /** Private keys: never shown, only that they changed. */
  sensitive: boolean;
  /** Unified diff text ("" for sensitive files). */
  diff: string;
}

export interface DiffResult {
  /** Both sides compiled (an input side without any Ingress counts as empty). */
  ok: boolean;
  changed: boolean;
  target: TargetName;
  routes: RouteChange[];
  files: FileChange[];
  /** Errors of either side; warnings and infos of the new side. */
  diagnostics: Diagnostic[];
}

export interface DiffOptions extends CompileOptionsInput {
  /** Lines of context around each change (default 3). */
  context?: number;
}

/** Compiles both sides for one target and compares the route tables and the generated files. Pure. */
export function diff(oldSources: readonly SourceFile[], newSources: readonly SourceFile[], opts: DiffOptions = {}): DiffResult {
  const { context = 3, ...options } = opts;
  const target = (options.target ?? 'nginx') as TargetName;
  const side = (sources: readonly SourceFile[]) => {
    const r = compile(sources, options);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    // A side without any Ingress (new manifests, deleted directory) is an empty route table.
    const empty = errors.length > 0 && errors.every((d) => d.code === 'IC1006');
    return { r, ok: r.ok || empty, files: r.ok ? r.files : [], ir: r.ok ? r.ir : undefined, diags: r.diagnostics.filter((d) => d.code !== 'IC1006') };
  };
  const a = side(oldSources);
  const b = side(newSources);
  const diagnostics = [...a.diags.filter((d) => d.severity === 'error'), ...b.diags];
  if (!a.ok || !b.ok) return { ok: false, changed: false, target, routes: [], files: [], diagnostics };
  const routes = routeChanges(a.ir, b.ir);
  const files = fileChanges(a.files, b.files, context);
  return { ok: true, changed: routes.length > 0 || files.length > 0, target, routes, files, diagnostics };
}

export function fileChanges(oldFiles: readonly OutputFile[], newFiles: readonly OutputFile[], context = 3): FileChange[] {
  const olds = new Map(oldFiles.map((f) => [f.path, f]));
  const news = new Map(newFiles.map((f) => [f.path, f]));
  const paths = [...new Set([...olds.keys(), ...news.keys()])].sort();
  const out: FileChange[] = [];
  for (const p of paths) {
    const o = olds.get(p);
    const n = news.get(p);
    const sensitive = o?.sensitive === true || n?.sensitive === true;
    // Read once: a large file's content is joined from its pieces on each read (emitter.ts piecewiseFile).
    const oldText = o?.content;
    const newText = n?.content;
    if (o && n && oldText === newText) continue;
    const change = !o ? 'added' : !n ? 'removed' : 'modified';
    const text = sensitive ? '' : unifiedDiff(oldText ?? '', newText ?? '', o ? `a/${p}` : '/dev/null', n ? `b/${p}` : '/dev/null', context);
    out.push({ path: p, change, sensitive, diff: text });
  }
  return out;
}

interface Entry {
  kind: RouteChange['kind'];
  host: string;
  path: string;
  match: RouteChange['match'];
  value: string;
  endpoints: string;
}

function entries(ir: RouteTable | undefined): Map<string, Entry> {
  const out = new Map<string, Entry>();
  if (!ir) return out;
  const eps = new Map(ir.upstreams.map((u) => [u.id, u.endpoints.map((e) => `${e.kind}:${e.host}:${e.port}`).join(',')]));
  for (const r of routeRows(ir)) {
    const kind = r.match === 'Fallback' ? 'fallback' : r.match === 'Default' ? 'default' : r.match === 'Passthrough' ? 'passthrough' : 'route';
    out.set(`${kind} ${r.host} ${r.path} ${r.match}`, { kind, host: r.host, path: r.path, match: r.match, value: r.backend, endpoints: eps.get(r.upstream) ?? '' });
  }
  for (const vh of ir.vhosts) {
    if (!vh.tls) continue;
    out.set(`tls ${vh.name}`, { kind: 'tls', host: vh.name, path: '', match: 'TLS', value: `${vh.tls.certificate ?? '(default certificate)'} (${vh.tls.sslRedirect ? 'redirect' : 'https'})`, endpoints: '' });
  }
  return out;
}

/** Route-level summary: added, removed and changed routes, fallbacks, default backend and TLS hosts. */
export function routeChanges(oldIr: RouteTable | undefined, newIr: RouteTable | undefined): RouteChange[] {
  const a = entries(oldIr);
  const b = entries(newIr);
  const out: RouteChange[] = [];
  for (const key of [...new Set([...a.keys(), ...b.keys()])]) {
    const o = a.get(key);
    const n = b.get(key);
    const e = (o ?? n)!;
    const base = { kind: e.kind, host: e.host, path: e.path, match: e.match };
    if (!o) out.push({ change: '+', ...base, new: n!.value });
    else if (!n) out.push({ change: '-', ...base, old: o.value });
    else if (o.value !== n.value) out.push({ change: '~', ...base, old: o.value, new: n.value, what: e.kind === 'tls' ? 'tls' : 'backend' });
    else if (o.endpoints !== n.endpoints) out.push({ change: '~', ...base, old: o.value, new: n.value, what: 'endpoints' });
  }
  const order = { default: 1, route: 0, fallback: 0, tls: 0, passthrough: 0 } as const;
  return out.sort((x, y) => order[x.kind] - order[y.kind] || compareStrings(x.host, y.host) || compareStrings(x.kind === 'tls' ? '~' : x.path, y.kind === 'tls' ? '~' : y.path) || compareStrings(x.match, y.match) || compareStrings(x.change, y.change));
}


/** "cafe.example.com/tea (Prefix)", "cafe.example.com (fallback)", "(default backend)", "cafe.example.com (TLS)", "(ssl-passthrough)". */
export function describeRoute(c: Pick<RouteChange, 'kind' | 'host' | 'path' | 'match'>): string {
  switch (c.kind) {
    case 'route':
      return `${c.host}${c.path} (${c.match})`;
    case 'fallback':
      return `${c.host} (fallback)`;
    case 'default':
      return '(default backend)';
    case 'tls':
      return `${c.host} (TLS)`;
    case 'passthrough':
      return `${c.host} (ssl-passthrough)`;
  }
}

/** The text `ingressc diff` prints: route summary, then the unified diffs. */
export function renderDiffText(r: DiffResult): string {
  const out: string[] = [];
  for (const c of r.routes) {
    const what = describeRoute(c);
    if (c.change === '+') out.push(`+ ${what} → ${c.new}`);
    else if (c.change === '-') out.push(`- ${what} → ${c.old}`);
    else if (c.what === 'endpoints') out.push(`~ ${what} endpoints changed → ${c.new}`);
    else out.push(`~ ${what} ${c.what === 'tls' ? 'TLS' : 'backend'} changed: ${c.old} → ${c.new}`);
  }
  if (r.files.some((f) => f.sensitive)) {
    for (const f of r.files) {
      if (f.sensitive) out.push(`${f.change === 'added' ? '+' : f.change === 'removed' ? '-' : '~'} ${f.path} (private key ${f.change === 'modified' ? 'changed' : f.change})`);
    }
  }
  const diffs = r.files.filter((f) => !f.sensitive).map((f) => f.diff).join('');
  return (out.length ? out.join('\n') + '\n' : '') + (out.length && diffs ? '\n' : '') + diffs;
}

/** `ingressc diff --format json`: stable document, format version 1. */
export function renderDiffJson(r: DiffResult): string {
  return (
    JSON.stringify(
      {
        format: 'ingressc-diff',
        version: 1,
        target: r.target,
        changed: r.changed,
        routes: r.routes,
        files: r.files.map((f) => (f.sensitive ? { path: f.path, change: f.change, sensitive: true } : { path: f.path, change: f.change, diff: f.diff })),
        diagnostics: r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, ...(d.loc ? { file: d.loc.file, line: d.loc.line, col: d.loc.col } : {}), ...(d.target ? { target: d.target } : {}) })),
      },
      null,
      2,
    ) + '\n'
  );
}
