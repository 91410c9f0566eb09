/**
 * `npm run bench`: prints the P1–P4 tables and writes BENCHMARKS.md. Numbers are medians of
 * `--runs N` (default 5) whole-process runs; ratios are what the goals are stated in, since they
 * hold on a noisy 2-core machine. Not a test: nothing here asserts a timing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { compile } from '../src/index.js';
import { registeredTargets } from '../src/emit/registry.js';
import { findProxy, MAIN_FILE, proxyVersion, repoRoot, startEcho, startProxy, startSilentDns, type ProxyKind } from '../test/harness/index.js';
import { NGINX_ANNOTATIONS } from '../src/providers/ingress-nginx/keys.js';
import { NGINX_PREFIX } from '../src/providers/ingress-nginx/read.js';
import { supportOf } from '../src/providers/ingress-nginx/support.js';
import { ANNOTATION_MIX, generate } from './generate.js';
import { median, repeat, summarize, timeProcess, wrk, type Run } from './measure.js';

const ROOT = repoRoot();
const WORK = join(ROOT, '.bench');
const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const RUNS = Number(arg('runs', '5'));
const SIZES = arg('sizes', '1000,10000,20000').split(',').map(Number);
const ONLY = arg('only', 'P1,P2,P3,P4').split(',');
const BIN = join(ROOT, 'bin', 'ingressc.js');
const NODE = process.execPath;
/** P3's rows: a proxy, or `nginx-maps` (nginx with `--nginx-routing maps`, src/emit/nginx/route-maps.ts). */
type LiveKind = ProxyKind | 'nginx-maps';
const LIVE = arg('live', 'nginx,nginx-maps,haproxy,envoy,caddy').split(',') as LiveKind[];
const proxyOf = (k: LiveKind): ProxyKind => (k === 'nginx-maps' ? 'nginx' : k);
/** The compile options and CLI flags of a row beyond its target. */
const routingOf = (k: LiveKind): { options: { nginxRouting?: 'maps' }; flags: string[] } =>
  k === 'nginx-maps' ? { options: { nginxRouting: 'maps' }, flags: ['--nginx-routing', 'maps'] } : { options: {}, flags: [] };
/** Input shapes for P1 (bench/generate.ts): today's plain documents, `kubectl get -o yaml`, `helm template`, 30 % annotated. */
const SHAPES = arg('shapes', 'plain,kubectl,helm,annotated').split(',') as NonNullable<Parameters<typeof generate>[0]['shape']>[];

/** The "constant" of the memory goal: a node process with ingressc loaded, before any input. */
const RSS_CONSTANT_MB = 100;

const out: string[] = [];
/** Each goal's measured ratios, filled in as the parts run, summarised at the end. */
const goals = {
  p1: new Map<string, number>(),
  linear: new Map<string, number>(),
  /** P1 at 20k Ingresses: (peak RSS − RSS_CONSTANT_MB) / input MB, per shape and target. */
  rss: new Map<string, number>(),
  p2: undefined as number | undefined,
  p3: new Map<string, number>(),
  /**
   * P3 load: validate / compile and ready / compile (wall clock), the same in CPU time (ready: the
   * validation's CPU plus the proxy's own until it listens), largest process MB, per target and backends.
   */
  load: new Map<string, { validate: number; ready: number; validateCpu: number; readyCpu: number; processMb: number; privateMb: number }>(),
  p4: new Map<string, number>(),
};
const say = (s = '') => {
  console.log(s);
  out.push(s);
};
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

function testCert(): { crt: string; key: string } {
  const dir = join(WORK, 'cert');
  mkdirSync(dir, { recursive: true });
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '30', '-subj', '/CN=bench.test', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem')], { stdio: 'ignore' });
  return { crt: readFileSync(join(dir, 'c.pem')).toString('base64'), key: readFileSync(join(dir, 'k.pem')).toString('base64') };
}

/**
 * Bytes of the config files in an `--out` directory: each top-level name is a symlink into
 * `.ingressc/` (the generations ingressc keeps), which is skipped so a file counts once.
 */
function dirBytes(dir: string, skipCerts = true): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.ingressc') continue;
    if (e.isDirectory()) n += skipCerts && e.name === 'certs' ? 0 : dirBytes(join(dir, e.name), skipCerts);
    else n += statSync(join(dir, e.name)).size;
  }
  return n;
}

function environment(): void {
  say('## Machine');
  say();
  say(`- CPU: ${cpus()[0]?.model ?? '?'} × ${cpus().length}; memory ${f1(totalmem() / 2 ** 30)} GiB`);
  say(`- Node ${process.version}`);
  for (const k of new Set(LIVE.map(proxyOf))) say(`- ${k}: ${proxyVersion(k).version ?? 'not installed'}`);
  say(`- wrk: ${spawnSync('wrk', ['-v'], { encoding: 'utf8' }).stdout?.split('\n')[0] ?? 'not installed'}`);
  say(`- medians of ${RUNS} runs per number`);
  say();
}

/**
 * The annotated shape on a target that refuses some of its keys: --skip-annotation for each (a
 * skipped routing key is compiled as if absent; an access key leaves its Ingresses out), so the
 * run measures compile instead of stopping at the first refusal. The P1 table says which.
 */
function skipsFor(target: string): string[] {
  const keys = [...new Set(ANNOTATION_MIX.flatMap((m) => Object.keys(m)))].sort();
  const kind = new Map(NGINX_ANNOTATIONS.map((a) => [a.key, a.kind]));
  return keys.filter((k) => kind.get(k) !== 'tuning' && !supportOf(k, target as Parameters<typeof supportOf>[1])).flatMap((k) => ['--skip-annotation', `${NGINX_PREFIX}${k}`]);
}

function p1(tls: { crt: string; key: string }): Map<string, { file: string; routes: number }> {
  say('## P1 compile: whole `ingressc compile` process vs a bare `yaml.parseAllDocuments` process');
  say();
  say('Shapes: `plain` (multi-document YAML), `kubectl` (one `kubectl get -A -o yaml` List: managedFields, status, last-applied JSON, quoted timestamps), `helm` (`helm template` output: `# Source:` comments, chart labels, quoted values), `annotated` (plain, with ingress-nginx annotations on 30 % of the Ingresses: rewrite-target, use-regex, x-forwarded-prefix, source ranges, body size, timeouts, upstream-vhost, ssl-redirect).');
  const skipped = registeredTargets().map((t) => [t, skipsFor(t).filter((a) => a !== '--skip-annotation')] as const).filter(([, k]) => k.length);
  if (SHAPES.includes('annotated') && skipped.length)
    say(`On \`annotated\`, keys a target refuses are passed to --skip-annotation: ${skipped.map(([t, k]) => `${t} (${k.map((x) => x.slice(NGINX_PREFIX.length)).join(', ')})`).join('; ')}.`);
  say();
  say('| shape | Ingresses | routes | input MB | target | bare parse ms | compile ms | compile / parse | peak RSS MB | RSS / input |');
  say('|---|---|---|---|---|---|---|---|---|---|');
  const inputs = new Map<string, { file: string; routes: number }>();
  const bySize = new Map<string, number>();
  for (const shape of SHAPES)
  for (const n of SIZES) {
    const g = generate({ ingresses: n, pathsPerIngress: 5, tls, shape });
    const file = join(WORK, `ingresses-${shape}-${n}.yaml`);
    writeFileSync(file, g.yaml);
    if (shape === 'plain') inputs.set(String(n), { file, routes: g.routes });
    const mb = Buffer.byteLength(g.yaml) / 2 ** 20;
    // Runs alternate (bare parse, then each target, RUNS times) so a busy moment hits all of them.
    const bare: Run[] = [];
    const runs = new Map<string, Run[]>(registeredTargets().map((t) => [t, []]));
    for (let i = 0; i < RUNS; i++) {
      bare.push(timeProcess(NODE, [join(ROOT, 'dist', 'bench', 'bare-parse.js'), file]));
      for (const t of registeredTargets())
        runs.get(t)!.push(timeProcess(NODE, [BIN, 'compile', file, '--target', t, '--out', join(WORK, `out-${t}-${shape === 'plain' ? '' : `${shape}-`}${n}`), '--no-color', ...(shape === 'annotated' ? skipsFor(t) : [])]));
    }
    const b = summarize(bare);
    for (const t of registeredTargets()) {
      const c = summarize(runs.get(t)!);
      bySize.set(`${shape} ${t}:${n}`, c.ms);
      if (n === 10000) goals.p1.set(`${shape} ${t}`, c.ms / b.ms);
      if (n === 20000) goals.rss.set(`${shape} ${t}`, (c.rssMb - RSS_CONSTANT_MB) / mb);
      say(`| ${shape} | ${n} | ${g.routes} | ${f1(mb)} | ${t} | ${f1(b.ms)} | ${f1(c.ms)} | **${f2(c.ms / b.ms)}** | ${f1(c.rssMb)} | ${f1(c.rssMb / mb)} |`);
    }
  }
  if (SIZES.includes(10000) && SIZES.includes(20000)) {
    say();
    for (const shape of SHAPES) for (const t of registeredTargets()) goals.linear.set(`${shape} ${t}`, bySize.get(`${shape} ${t}:20000`)! / bySize.get(`${shape} ${t}:10000`)!);
    say('Linearity (goal ≤ 2.2): ' + [...goals.linear].map(([t, r]) => `${t} ${f2(r)}`).join(', '));
  }
  say();
  return inputs;
}

function p2(): void {
  say('## P2 cold start: `ingressc lint fixtures/cafe/` vs `node -e 0`');
  say();
  const base: Run[] = [];
  const lint: Run[] = [];
  for (let i = 0; i < Math.max(RUNS, 21); i++) {
    base.push(timeProcess(NODE, ['-e', '0']));
    lint.push(timeProcess(NODE, [BIN, 'lint', join(ROOT, 'fixtures', 'cafe')]));
  }
  const b = summarize(base), l = summarize(lint);
  say('| command | median ms | ratio |');
  say('|---|---|---|');
  say(`| node -e 0 | ${f1(b.ms)} | 1.00 |`);
  say(`| ingressc lint fixtures/cafe/ | ${f1(l.ms)} | **${f2(l.ms / b.ms)}** |`);
  goals.p2 = l.ms / b.ms;
  say();
}

const VALIDATE: Record<ProxyKind, (dir: string) => [string, string[]]> = {
  nginx: (d) => [findProxy('nginx')!, ['-t', '-q', '-p', `${d}/`, '-c', 'nginx.conf', '-e', join(d, 'error.log'), '-g', 'daemon off;']],
  haproxy: (d) => [findProxy('haproxy')!, ['-c', '-q', '-f', join(d, 'haproxy.cfg')]],
  envoy: (d) => [findProxy('envoy')!, ['--mode', 'validate', '-c', join(d, MAIN_FILE.envoy), '--log-level', 'error', '--disable-hot-restart']],
  caddy: (d) => [findProxy('caddy')!, ['validate', '--config', join(d, 'caddy.json')]],
};

/** The processes of a process group: /proc/<pid>/stat fields after the command name. */
function groupStats(pid: number): { pid: string; fields: string[] }[] {
  const out: { pid: string; fields: string[] }[] = [];
  for (const p of readdirSync('/proc').filter((x) => /^[0-9]+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pid) out.push({ pid: p, fields });
    } catch {
      /* process gone */
    }
  }
  return out;
}

/** CPU time (user + system, ms) a process group has used so far (its live processes). */
function groupCpuMs(pid: number): number {
  const tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);
  return groupStats(pid).reduce((n, p) => n + (Number(p.fields[11]) + Number(p.fields[12])) * tick, 0);
}

/**
 * Memory of a process group: the sum of RSS and its largest process (an nginx worker, say), which
 * count pages the workers share copy-on-write with the master once per process; the sum of PSS
 * (shared pages split between their sharers: what the group really holds); and the largest private
 * memory of one process (what one more worker costs).
 */
function groupRss(pid: number): { totalMb: number; largestMb: number; pssMb: number; privateMb: number } {
  let kb = 0;
  let largest = 0;
  let pss = 0;
  let priv = 0;
  for (const p of groupStats(pid)) {
    try {
      const m = Number(/VmRSS:\s+([0-9]+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'))?.[1] ?? 0);
      kb += m;
      largest = Math.max(largest, m);
      const rollup = readFileSync(`/proc/${p.pid}/smaps_rollup`, 'utf8');
      const field = (name: string): number => Number(new RegExp(`^${name}:\\s+([0-9]+)`, 'm').exec(rollup)?.[1] ?? 0);
      pss += field('Pss');
      priv = Math.max(priv, field('Private_Clean') + field('Private_Dirty'));
    } catch {
      /* process gone */
    }
  }
  return { totalMb: kb / 1024, largestMb: largest / 1024, pssMb: pss / 1024, privateMb: priv / 1024 };
}

interface Live {
  hosts: number;
  /** ingressc compile of the same input, whole process, median ms (wall and CPU). */
  compileMs: number;
  compileCpuMs: number;
  proxy: Awaited<ReturnType<typeof startProxy>>;
  host: string;
  path: string;
  validate: { ms: number; cpuMs: number; rssMb: number };
  readyMs: number;
  /** Spawn to listening, and the CPU the proxy used by then. */
  launchMs: number;
  launchCpuMs: number;
}

/**
 * Compiles the P3 set for `hosts`, times the proxy's own validation, and starts it. `resolver`
 * unset: Services point at the echo backend through EndpointSlices; set: they stay cluster DNS
 * names (the default output) and the proxy's resolver is `resolver`.
 */
async function startLive(row: LiveKind, hosts: number, echoPort: number, resolver?: string): Promise<Live> {
  const kind = proxyOf(row);
  const routing = routingOf(row);
  const g = generate({ ingresses: hosts, hosts, pathsPerIngress: 5, ...(resolver ? {} : { endpointPort: echoPort }), seed: 7 });
  const sources = [{ path: 'bench.yaml', text: g.yaml }];
  const input = join(WORK, `p3-${row}-${hosts}${resolver ? '-dns' : ''}.yaml`);
  writeFileSync(input, g.yaml);
  const cli = repeat(Math.min(RUNS, 3), () => timeProcess(NODE, [BIN, 'compile', input, '--target', kind, ...routing.flags, '--out', join(WORK, `p3-cli-${row}`), '--no-color', ...(resolver ? ['--resolver', resolver] : [])]));
  const host = g.hosts.find((h) => !h.startsWith('*'))!;
  const route = /path: (\S+)\n\s+pathType: (\S+)/.exec(g.yaml)!;
  const write = (dir: string, ports: { http: number; https: number }): void => {
    const r = compile(sources, { target: kind, ...routing.options, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, ...(resolver ? { resolver } : {}) });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics.slice(0, 5)));
    for (const f of r.files) {
      mkdirSync(join(dir, f.path, '..'), { recursive: true });
      writeFileSync(join(dir, f.path), f.content, { mode: f.mode ?? 0o644 });
    }
  };
  const vdir = join(WORK, `p3-${row}-${hosts}${resolver ? '-dns' : ''}`);
  rmSync(vdir, { recursive: true, force: true });
  write(vdir, { http: 18080, https: 18443 });
  const [cmd, args] = VALIDATE[kind](vdir);
  const validate = repeat(Math.min(RUNS, 3), () => timeProcess(cmd, args, vdir));
  let buildMs = 0;
  const proxy = await startProxy({
    kind,
    readyTimeoutMs: 120_000,
    // caddy validate needs ~30 s for the 10k set here, more when the machine is busy.
    validateTimeoutMs: 300_000,
    build: (ports, dir) => {
      const t0 = performance.now();
      write(dir, ports);
      buildMs = performance.now() - t0;
    },
  });
  const launchCpuMs = groupCpuMs(proxy.pid);
  // start-to-ready without ingressc's own compile (done inside the harness's build step)
  return { hosts, compileMs: cli.ms, compileCpuMs: cli.cpuMs, proxy, host, path: route[1]!, validate, readyMs: proxy.startupMs - buildMs, launchMs: proxy.launchMs, launchCpuMs };
}

async function p3(): Promise<void> {
  say('## P3 real proxies at scale (10k hosts / 50k paths vs 10 hosts / 50 paths)');
  say();
  say('Both sizes of a proxy run at once; wrk runs alternate between them (small match, large match, small no-match, large no-match; 3 s each, 5 rounds), so a busy moment hits both.');
  say();
  say('Start-to-ready is the harness\'s validation plus the proxy\'s launch until it listens; CPU is user + system time (compile, validate, the proxy until ready).');
  say();
  say('| target | hosts | compile s | validate s | validate RSS MB | start-to-ready s | launch-to-ready s | CPU s: compile / validate / launch | running MB: RSS all / largest process; PSS all; private, largest process | match req/s | no-match (404) req/s |');
  say('|---|---|---|---|---|---|---|---|---|---|---|');
  const echo = await startEcho('bench');
  const loadGoals = (kind: string, l: Live, backends: string): void =>
    void goals.load.set(`${kind} ${backends}`, {
      validate: l.validate.ms / l.compileMs,
      ready: l.readyMs / l.compileMs,
      validateCpu: l.validate.cpuMs / l.compileCpuMs,
      readyCpu: (l.validate.cpuMs + l.launchCpuMs) / l.compileCpuMs,
      processMb: groupRss(l.proxy.pid).largestMb,
      privateMb: groupRss(l.proxy.pid).privateMb,
    });
  try {
    for (const kind of LIVE) {
      if (!registeredTargets().includes(proxyOf(kind)) || !findProxy(proxyOf(kind))) {
        say(`| ${kind} | – | not run: ${findProxy(proxyOf(kind)) ? 'no emitter' : 'proxy not installed'} |  |  |  |  |  |`);
        continue;
      }
      const lives: Live[] = [];
      try {
        for (const hosts of [10, 10000]) lives.push(await startLive(kind, hosts, echo.port));
        const rps = lives.map(() => ({ match: [] as number[], miss: [] as number[] }));
        for (let round = 0; round < 5; round++) {
          for (const [i, l] of lives.entries()) {
            const w = await wrk(`http://127.0.0.1:${l.proxy.ports.http}${l.path}`, l.host, 3);
            if (w.non2xx > 0) throw new Error(`${kind}: ${w.non2xx} non-2xx answers for ${l.host}${l.path}`);
            rps[i]!.match.push(w.rps);
          }
          for (const [i, l] of lives.entries()) rps[i]!.miss.push((await wrk(`http://127.0.0.1:${l.proxy.ports.http}/nothing-here`, 'unknown.example', 3)).rps);
        }
        for (const [i, l] of lives.entries()) {
          const rss = groupRss(l.proxy.pid);
          say(`| ${kind} | ${l.hosts} | ${f2(l.compileMs / 1000)} | ${f2(l.validate.ms / 1000)} | ${f1(l.validate.rssMb)} | ${f2(l.readyMs / 1000)} | ${f2(l.launchMs / 1000)} | ${cpuCell(l)} | ${f1(rss.totalMb)} / ${f1(rss.largestMb)}; ${f1(rss.pssMb)}; ${f1(rss.privateMb)} | ${Math.round(median(rps[i]!.match))} | ${Math.round(median(rps[i]!.miss))} |`);
        }
        loadGoals(kind, lives[1]!, 'addresses');
        const [a, b] = rps;
        goals.p3.set(`${kind} match`, median(b!.match) / median(a!.match));
        goals.p3.set(`${kind} no match`, median(b!.miss) / median(a!.miss));
        say(`| ${kind} | ratio 10k/10 | | | | | | | | **${f2(median(b!.match) / median(a!.match))}** | **${f2(median(b!.miss) / median(a!.miss))}** |`);
      } finally {
        for (const l of lives) await l.proxy.stop();
      }
    }
  } finally {
    await echo.close();
  }
  say();
  // The default output: cluster DNS names, with a resolver that never answers (loading must not wait on it).
  say('Default backends (cluster DNS names), 10k hosts, every proxy pointed at a resolver that drops all queries (no traffic: the names resolve nowhere):');
  say();
  say('| target | hosts | compile s | validate s | validate RSS MB | start-to-ready s | launch-to-ready s | CPU s: compile / validate / launch | running MB: RSS all / largest process; PSS all; private, largest process |');
  say('|---|---|---|---|---|---|---|---|---|');
  const silent = await startSilentDns();
  try {
    for (const kind of LIVE) {
      if (!registeredTargets().includes(proxyOf(kind)) || !findProxy(proxyOf(kind))) continue;
      const l = await startLive(kind, 10000, 0, silent.port === 53 ? silent.host : `${silent.host}:${silent.port}`);
      try {
        const rss = groupRss(l.proxy.pid);
        say(`| ${kind} | ${l.hosts} | ${f2(l.compileMs / 1000)} | ${f2(l.validate.ms / 1000)} | ${f1(l.validate.rssMb)} | ${f2(l.readyMs / 1000)} | ${f2(l.launchMs / 1000)} | ${cpuCell(l)} | ${f1(rss.totalMb)} / ${f1(rss.largestMb)}; ${f1(rss.pssMb)}; ${f1(rss.privateMb)} |`);
        loadGoals(kind, l, 'cluster DNS');
      } finally {
        await l.proxy.stop();
      }
    }
  } finally {
    await silent.close();
  }
  say();
  // Issue 17's load goals, side by side: wall clock (what the goal says) and CPU time (what a shared machine disturbs least).
  say('Load at 10k hosts against ingressc\'s own compile of the same input (goals: validate ≤ 1.0 ×, ready ≤ 2 ×):');
  say();
  say('| target | backends | validate / compile | ready / compile | validate / compile (CPU) | ready / compile (CPU) |');
  say('|---|---|---|---|---|---|');
  for (const [k, v] of goals.load) {
    const [kind, ...backends] = k.split(' ');
    say(`| ${kind} | ${backends.join(' ')} | **${f2(v.validate)}** | **${f2(v.ready)}** | **${f2(v.validateCpu)}** | **${f2(v.readyCpu)}** |`);
  }
  say();
}

const cpuCell = (l: Live): string => `${f2(l.compileCpuMs / 1000)} / ${f2(l.validate.cpuMs / 1000)} / ${f2(l.launchCpuMs / 1000)}`;

function p4(inputs: Map<string, { file: string; routes: number }>): void {
  say('## P4 output size: bytes of generated config per route (certificates excluded)');
  say();
  say('| target | Ingresses | routes | config bytes | bytes/route |');
  say('|---|---|---|---|---|');
  for (const [n, { routes }] of inputs) {
    for (const t of registeredTargets()) {
      const dir = join(WORK, `out-${t}-${n}`);
      try {
        const bytes = dirBytes(dir);
        say(`| ${t} | ${n} | ${routes} | ${bytes} | **${f1(bytes / routes)}** |`);
        if (n === '10000') goals.p4.set(t, bytes / routes);
      } catch {
        say(`| ${t} | ${n} | ${routes} | (no output) | |`);
      }
    }
  }
  say();
}

/** The goals of issue #7 against what this run measured. */
function summary(): void {
  const row = (goal: string, values: Map<string, number> | undefined, ok: (r: number) => boolean, digits = 2): void => {
    if (!values || values.size === 0) return;
    const text = [...values].map(([k, r]) => `${k} ${r.toFixed(digits)}`).join(', ');
    const met = [...values.values()].every(ok);
    say(`| ${goal} | ${text} | ${met ? 'met' : 'missed'} |`);
  };
  say('## Goals (this run)');
  say();
  say('| goal | measured | status |');
  say('|---|---|---|');
  row('P1 compile ≤ 1.5 × bare parse (10k Ingresses)', goals.p1, (r) => r <= 1.5);
  row('P1 compile ≤ 0.8 × bare parse (10k Ingresses)', goals.p1, (r) => r <= 0.8);
  row('P1 20k ≤ 2.2 × 10k', goals.linear, (r) => r <= 2.2);
  row(`P1 peak RSS ≤ 3 × input + ${RSS_CONSTANT_MB} MB (20k Ingresses; shown: (RSS − ${RSS_CONSTANT_MB} MB) / input)`, goals.rss, (r) => r <= 3);
  row('P2 cold start ≤ 2 × `node -e 0`', goals.p2 === undefined ? undefined : new Map([['lint', goals.p2]]), (r) => r <= 2);
  row('P3 10k hosts ≥ 0.9 × 10 hosts', goals.p3, (r) => r >= 0.9);
  const load = (pick: (v: { validate: number; ready: number; validateCpu: number; readyCpu: number; processMb: number; privateMb: number }) => number, kinds: string[]) =>
    new Map([...goals.load].filter(([k]) => kinds.some((x) => k.startsWith(x))).map(([k, v]) => [k, pick(v)]));
  row('P3 10k hosts: nginx -t / envoy validate ≤ 1.0 × compile', load((v) => v.validate, ['nginx', 'envoy']), (r) => r <= 1.0);
  row('P3 10k hosts: start-to-ready ≤ 2 × compile', load((v) => v.ready, ['nginx', 'envoy']), (r) => r <= 2.0);
  row('P3 10k hosts, CPU time: nginx -t / envoy validate ≤ 1.0 × compile', load((v) => v.validateCpu, ['nginx', 'envoy']), (r) => r <= 1.0);
  row('P3 10k hosts, CPU time: validate + launch ≤ 2 × compile', load((v) => v.readyCpu, ['nginx', 'envoy']), (r) => r <= 2.0);
  row('P3 10k hosts: nginx largest process ≤ 300 MB (RSS, counting the config it shares with the master)', load((v) => v.processMb, ['nginx']), (r) => r <= 300, 0);
  row('P3 10k hosts: nginx private memory of the largest process ≤ 300 MB (what one more worker costs)', load((v) => v.privateMb, ['nginx']), (r) => r <= 300, 0);
  row('P4 nginx ≤ 300 bytes per route (10k)', new Map([...goals.p4].filter(([t]) => t === 'nginx')), (r) => r <= 300, 1);
  say();
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  say('# Benchmarks');
  say();
  say('Generated by `npm run bench` (bench/run.ts) from fixed-seed synthetic Ingress sets; numbers vary ±20 % between runs on this 2-core machine, ratios much less.');
  say();
  say('The latest full run comes first; "History" keeps the earlier runs and the targeted measurements of issue 17, oldest first.');
  say();
  say(`# Latest full run: ${new Date().toISOString().slice(0, 10)}, \`${['node dist/bench/run.js', ...process.argv.slice(2)].join(' ')}\``);
  say();
  environment();
  const tls = testCert();
  let inputs = new Map<string, { file: string; routes: number }>();
  if (ONLY.includes('P1') || ONLY.includes('P4')) inputs = p1(tls);
  if (ONLY.includes('P2')) p2();
  if (ONLY.includes('P3')) await p3();
  if (ONLY.includes('P4')) p4(inputs);
  summary();
  if (process.argv.includes('--write')) {
    // The run replaces the latest one; "# History" (earlier runs and hand-written measurements) is kept below it.
    const file = join(ROOT, 'BENCHMARKS.md');
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const at = before.indexOf('\n# History\n');
    writeFileSync(file, out.join('\n') + '\n' + (at >= 0 ? before.slice(at) : ''));
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
