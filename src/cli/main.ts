import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import {
  annotationMatrix,
  availableTargets,
  colorEnabled,
  compile,
  configMatrix,
  contentPieces,
  diff,
  lint,
  makeDiagnostic,
  match,
  renderDiffJson,
  renderConfigMatrixMarkdown,
  renderConfigMatrixTable,
  renderDiffText,
  renderGithub,
  renderJson,
  renderMatchJson,
  renderMatchText,
  renderMatrixMarkdown,
  renderMatrixTable,
  renderRoutesJson,
  renderRoutesTable,
  renderSarif,
  renderText,
  routes,
  sortDiagnostics,
  TARGETS,
  type CompileOptions,
  type Diagnostic,
  type TargetName,
} from '../index.js';
import { controllerConfigOption } from './controller-config.js';
import { exitCodeFor } from './exit-code.js';
import { readAtRevision, readTrackedFiles } from './git-source.js';
import { ioProblem, readInputs } from './read-inputs.js';
import { compileSummary } from './summary.js';
import { OutputConflict, writeOutputDir } from './write-output.js';

type Opts = Record<string, unknown>;
const collect = (v: string, prev: string[]): string[] => [...prev, v];

function report(ds: readonly Diagnostic[], texts: Map<string, string>, o: Opts): void {
  if (ds.length === 0) return; // nothing to say; not even opening stderr (it loads node:net for a pipe)
  process.stderr.write(renderText(ds, { color: colorEnabled(process.stderr, o.color as boolean | undefined), sources: texts }));
}

function load(inputs: string[]) {
  const { sources, diagnostics } = readInputs(inputs, () => readFileSync(0, 'utf8'));
  return { sources, diagnostics, texts: new Map(sources.map((s) => [s.path, s.text])) };
}

/** ingressc's version from its package.json (found upwards from this file, bundled or not). */
function version(): string | undefined {
  for (let dir = fileURLToPath(new URL('.', import.meta.url)); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ingressc') return pkg.version;
    } catch {
      /* not here */
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** IC5101 when a target has no emitter in this build (instead of an internal error). */
function unavailable(targets: readonly string[]): Diagnostic[] {
  const have = availableTargets();
  return targets.filter((t) => !have.includes(t as TargetName)).map((t) => makeDiagnostic('IC5101', undefined, { target: t, available: have.join(', ') }));
}

/**
 * Options shared by the commands that lower Ingresses (compile, diff, routes, match); each lists only
 * what changes its own answer: listen addresses (redirect ports) not for routes, the resolver only
 * where a config is written.
 */
function routingOptions(cmd: Command, has: { listen: boolean; resolver: boolean }): Command {
  if (has.listen) {
    cmd.option('--listen-http <addr:port>', 'HTTP listen address', '0.0.0.0:80').option('--listen-https <addr:port>', 'HTTPS listen address', '0.0.0.0:443')
      .option('--listen-admin <addr:port>', "Caddy's admin endpoint on a loopback address (default: off)");
  }
  cmd
    .option('--backend <ns/svc:port=host:port,...>', 'override the endpoints of a Service port (repeatable)', collect, [])
    .option('--default-backend <ns/svc:port>', 'serve requests that match no rule')
    .option('--ingress-class <name>', 'only use Ingresses of this class')
    .option('--no-ssl-redirect', 'do not redirect HTTP to HTTPS for TLS hosts')
    .option('--allow-snippets', 'accept *-snippet annotations (they are still not emitted)')
    .option('--skip-annotation <key>', 'compile without an annotation the target cannot honour; for access control, leave that Ingress\'s routes out (repeatable)', collect, [])
    .option('--path-semantics <reading>', 'ImplementationSpecific paths of ingress-nginx Ingresses: ingress-nginx (a string prefix) or spec (element-wise, like Prefix)', 'ingress-nginx')
    .option('--controller-config <file|ns/name>', "the ingress-nginx controller ConfigMap: a file holding it, or NAMESPACE/NAME of one among the inputs; its keys are the annotations' global defaults")

    .option('--gateway-class <name>', 'gateway-api: the GatewayClass of the Gateway', 'ingressc')
    .option('--gateway <ns/name>', 'gateway-api: namespace/name of the Gateway (its HTTPRoutes live in that namespace)', 'default/ingressc');
  if (has.resolver) {
    cmd.option('--resolver <ip[:port]>', 'DNS resolver for cluster names at run time (default: nginx 10.96.0.10, the other targets the system resolver)');
    cmd.option('--nginx-routing <mode>', 'nginx: locations (one location per path) or maps (hosts of plain routes choose their route from maps: faster nginx -t, less memory for large fleets); other targets ignore it', 'locations');
  }
  return cmd
    .option('--max-input-mb <n>', 'largest input file read, in MiB (default 64)', Number)
    .option('--max-objects <n>', 'most Kubernetes objects read over all inputs, List items included (default 50000)', Number)
    .option('--no-color', 'no colours in diagnostics');
}

/** Usage errors print the command's usage line and where to find more, not the whole help. */
function shortUsage(cmd: Command, root = false): Command {
  const name = root ? 'ingressc' : `ingressc ${cmd.name()}`;
  return cmd.showHelpAfterError(`Usage: ${name} ${cmd.usage()}\nRun '${name} --help' for ${root ? 'the commands' : 'its options'}.`);
}

/** `--certs DIR`: the DIR's *.crt and *.key files, for the library to pair and check. */
function readCertDir(dir: string): { files: { path: string; text: string }[]; diagnostics: Diagnostic[] } {
  try {
    const names = readdirSync(dir).filter((n) => /\.(crt|key)$/.test(n)).sort();
    return { files: names.map((n) => ({ path: join(dir, n), text: readFileSync(join(dir, n), 'utf8') })), diagnostics: [] };
  } catch (e) {
    return { files: [], diagnostics: [makeDiagnostic('IC1008', undefined, { path: dir, detail: ioProblem(e) })] };
  }
}

function compileOptions(o: Opts): CompileOptions {
  return {
    ...(o.target !== undefined && typeof o.target === 'string' ? { target: o.target as TargetName } : {}),
    ...(o.listenHttp !== undefined ? { listenHttp: o.listenHttp as string } : {}),
    ...(o.listenHttps !== undefined ? { listenHttps: o.listenHttps as string } : {}),
    ...(o.listenAdmin !== undefined ? { listenAdmin: o.listenAdmin as string } : {}),
    backends: o.backend as string[],
    ...(o.defaultBackend !== undefined ? { defaultBackend: o.defaultBackend as string } : {}),
    ...(o.ingressClass !== undefined ? { ingressClass: o.ingressClass as string } : {}),
    sslRedirect: o.sslRedirect as boolean,
    allowSnippets: o.allowSnippets === true,
    skipAnnotations: o.skipAnnotation as string[],
    ...(o.pathSemantics !== undefined ? { pathSemantics: o.pathSemantics as 'spec' } : {}),
    ...(o.resolver !== undefined ? { resolver: o.resolver as string } : {}),
    ...(o.nginxRouting !== undefined ? { nginxRouting: o.nginxRouting as 'maps' } : {}),
    gatewayClass: o.gatewayClass as string,
    gateway: o.gateway as string,
    ...(o.maxInputMb !== undefined ? { maxInputMb: o.maxInputMb as number } : {}),
    ...(o.maxObjects !== undefined ? { maxObjects: o.maxObjects as number } : {}),
    ...(o.controllerConfigResolved !== undefined ? { controllerConfig: o.controllerConfigResolved as string | { path: string; text: string } } : {}),
  };
}

/**
 * Reads --controller-config (a file, or NAMESPACE/NAME) into `o.controllerConfigResolved`; its
 * problems are returned, and a file's text joins `texts` so its findings show their source line.
 */
function resolveControllerConfig(o: Opts, texts: Map<string, string>): Diagnostic[] {
  const r = controllerConfigOption(o.controllerConfig);
  if (r.option !== undefined) {
    o.controllerConfigResolved = r.option;
    if (typeof r.option !== 'string') texts.set(r.option.path, r.option.text);
  }
  return r.diagnostics;
}

export function buildProgram(): Command {
  const program = new Command('ingressc')
    .description('Compile Kubernetes Ingress manifests into nginx, HAProxy, Envoy, Traefik and Caddy configurations.')
    .version(version() ?? '0.0.0')
    .exitOverride();

  const compileCmd = program
    .command('compile')
    .description('compile Ingress manifests (files, directories, "-" for stdin) into a proxy config')
    .argument('<inputs...>')
    .addOption(new Option('-t, --target <target>', 'proxy to generate for').choices(TARGETS).default('nginx'))
    .option('-o, --out <dir>', 'write a self-contained, runnable directory (replaced atomically; only what ingressc wrote is replaced)')
    .option('--move-aside', 'if --out holds files ingressc did not write (or edited ones), move them to DIR.ingressc-kept-N instead of stopping')
    .option('--certs <dir>', 'certificates for TLS Secrets not in the inputs: <namespace>-<secret>.crt and .key files (and <namespace>-<secret>.ca.crt for a proxy-ssl-secret)')
    .option('-q, --quiet', 'no summary line after writing --out');
  routingOptions(compileCmd, { listen: true, resolver: true }).action((inputs: string[], o: Opts) => {
    const { sources, diagnostics, texts } = load(inputs);
    const certs = o.certs !== undefined ? readCertDir(o.certs as string) : { files: [], diagnostics: [] };
    const missingTarget = unavailable([o.target as string]);
    if (missingTarget.length) return finish(missingTarget, texts, o);
    // An input that cannot be read fails the run, but the others are still checked and reported on.
    const unread = [...diagnostics, ...certs.diagnostics, ...resolveControllerConfig(o, texts)];
    const r = compile(sources, { ...compileOptions(o), certFiles: certs.files });
    const ds = withUnread(unread, r.diagnostics);
    let written = false;
    if (r.ok && unread.length === 0) {
      if (o.out !== undefined) {
        try {
          const w = writeOutputDir(o.out as string, r.files, { moveAside: o.moveAside === true });
          if (w.kept) ds.push(makeDiagnostic('IC5005', undefined, { moved: w.kept.moved.join(', '), to: w.kept.dir }));
          written = true;
        } catch (e) {
          if (e instanceof OutputConflict) for (const c of e.conflicts) ds.push(makeDiagnostic('IC5004', undefined, { path: c.path, why: c.why }));
          else ds.push(makeDiagnostic('IC5003', undefined, { path: o.out as string, detail: ioProblem(e) }));
        }
      } else if (r.stdout !== undefined) process.stdout.write(r.stdout);
      else if (r.files.length > 1) {
        ds.push(makeDiagnostic('IC5002', undefined, { target: r.target ?? '', count: r.files.length }));
      } else if (r.files[0]) for (const piece of contentPieces(r.files[0])) process.stdout.write(piece);
    }
    finish(ds, texts, o);
    if (written && o.quiet !== true && r.ir) process.stderr.write(compileSummary(o.out as string, r.ir, ds));
  });
  shortUsage(compileCmd);

  program
    .command('lint')
    .description('check Ingress manifests (files, directories, "-"); other kinds and non-manifest files pass silently')
    .argument('<inputs...>')
    .addOption(new Option('-t, --target <target>', 'also report what this target cannot express (repeatable)').choices(TARGETS).argParser(collect as never).default([]))
    .addOption(new Option('--fail-level <level>', 'lowest severity that fails').choices(['error', 'warning']).default('error'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif', 'github']).default('text'))
    .option('--ingress-class <name>', 'only check Ingresses of this class')
    .option('--allow-snippets', 'accept *-snippet annotations')
    .option('--skip-annotation <key>', 'accept that a target does not honour this annotation (repeatable; see compile --help)', collect, [])
    .option('--max-input-mb <n>', 'largest input file read, in MiB (default 64)', Number)
    .option('--max-objects <n>', 'most Kubernetes objects read over all inputs, List items included (default 50000)', Number)
    .option('--controller-config <file|ns/name>', 'the ingress-nginx controller ConfigMap: a file holding it, or NAMESPACE/NAME of one among the inputs')
    .option('--git-context', "resolve Services, Secrets and IngressClasses from the git repository's other tracked YAML files (for pre-commit), without reporting on them")
    .option('--no-color', 'no colours in diagnostics')
    .action((inputs: string[], o: Opts) => {
      const { sources, diagnostics, texts } = load(inputs);
      const context = o.gitContext === true ? readTrackedFiles() : { sources: [], diagnostics: [] };
      const cfgProblems = resolveControllerConfig(o, texts);
      // An input that cannot be read is an error (exit 2), and the others are still checked.
      const linted = lint(sources, {
        targets: o.target as TargetName[],
        ...(o.ingressClass !== undefined ? { ingressClass: o.ingressClass as string } : {}),
        allowSnippets: o.allowSnippets === true,
        skipAnnotations: o.skipAnnotation as string[],
        ...(o.maxInputMb !== undefined ? { maxInputMb: o.maxInputMb as number } : {}),
        ...(o.maxObjects !== undefined ? { maxObjects: o.maxObjects as number } : {}),
        ...(o.controllerConfigResolved !== undefined ? { controllerConfig: o.controllerConfigResolved as string | { path: string; text: string } } : {}),
        context: context.sources,
      });
      const r = { ...linted, diagnostics: sortDiagnostics([...diagnostics, ...cfgProblems, ...context.diagnostics, ...linted.diagnostics]) };
      const ds = r.diagnostics;
      if (o.format === 'json') process.stdout.write(renderJson(ds, r));
      else if (o.format === 'sarif') process.stdout.write(renderSarif(ds, { ...(version() ? { version: version()! } : {}) }));
      else if (o.format === 'github') process.stdout.write(renderGithub(ds));
      else report(ds, texts, o);
      process.exitCode = exitCodeFor(ds, o.failLevel as 'error' | 'warning');
    });
  shortUsage(program.commands.find((c) => c.name() === 'lint')!);

  const diffCmd = program
    .command('diff')
    .description('compile two versions and show the route changes and a unified diff of the generated files (exit 0 same, 1 changed, 2 error)')
    .argument('<paths...>', '<old> <new>, or with --base REF the paths whose old side comes from git')
    .addOption(new Option('-t, --target <target>', 'proxy to generate for').choices(TARGETS).default('nginx'))
    .option('--base <ref>', 'take the old side from this git revision of the same paths')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'));
  shortUsage(diffCmd);
  routingOptions(diffCmd, { listen: true, resolver: true }).action((paths: string[], o: Opts) => {
    const base = o.base as string | undefined;
    const usage = base === undefined && paths.length !== 2 ? [makeDiagnostic('IC5001', undefined, { option: 'diff', detail: 'expected <old> <new>, or --base REF <paths...>' })] : [];
    const newSide = load(base === undefined ? paths.slice(1, 2) : paths);
    const oldSide = base === undefined ? load(paths.slice(0, 1)) : { ...readAtRevision(base, paths), texts: new Map<string, string>() };
    for (const s of oldSide.sources) newSide.texts.set(s.path, s.text);
    const pre = [...usage, ...oldSide.diagnostics, ...newSide.diagnostics, ...unavailable([o.target as string]), ...resolveControllerConfig(o, newSide.texts)];
    if (pre.length) return finish(pre, newSide.texts, o, 2);
    const r = diff(oldSide.sources, newSide.sources, compileOptions(o));
    process.stdout.write(o.format === 'json' ? renderDiffJson(r) : renderDiffText(r));
    if (o.format !== 'json') report(r.diagnostics, newSide.texts, o);
    process.exitCode = !r.ok ? 2 : r.changed ? 1 : 0;
  });

  const routesCmd = program
    .command('routes')
    .description("print the route table every target is built from (host, path, match, backend, TLS, source)")
    .argument('<inputs...>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'));
  shortUsage(routesCmd);
  routingOptions(routesCmd, { listen: false, resolver: false }).action((inputs: string[], o: Opts) => {
    const loaded = load(inputs);
    const { sources, texts } = loaded;
    const diagnostics = [...loaded.diagnostics, ...resolveControllerConfig(o, texts)];
    const r = routes(sources, compileOptions(o));
    if (r.ok && diagnostics.length === 0) process.stdout.write(o.format === 'json' ? renderRoutesJson(r.rows) : renderRoutesTable(r.rows));
    finish(withUnread(diagnostics, r.diagnostics), texts, o);
  });

  const matchCmd = program
    .command('match')
    .description('which route and backend would serve a request, and why: match <inputs...> <URL> [--header "Host: h"]')
    .argument('<inputs-and-url...>', 'inputs, then the request URL (http://host/path or /path with a Host header)')
    .option('-H, --header <header>', 'request header "Name: value" (repeatable; Host routes, Origin and Cookie feed CORS and affinity; canary headers and Cookie decide a canary)', collect, [])
    .option('-X, --method <method>', 'request method (OPTIONS: a CORS preflight)', 'GET')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'));
  shortUsage(matchCmd);
  routingOptions(matchCmd, { listen: true, resolver: false }).action((args: string[], o: Opts) => {
    if (args.length < 2) return finish([makeDiagnostic('IC5001', undefined, { option: 'match', detail: 'expected <inputs...> <URL>' })], new Map(), o);
    const loaded = load(args.slice(0, -1));
    const { sources, texts } = loaded;
    const diagnostics = [...loaded.diagnostics, ...resolveControllerConfig(o, texts)];
    const r = match(sources, { url: args[args.length - 1]!, headers: o.header as string[], method: o.method as string }, compileOptions(o));
    if (r.ok && diagnostics.length === 0) process.stdout.write(o.format === 'json' ? renderMatchJson(r) : renderMatchText(r));
    finish(withUnread(diagnostics, r.diagnostics), texts, o);
  });
  program
    .command('annotations')
    .description('which ingress-nginx annotations and controller ConfigMap keys each target honours, and what compile does with the others')
    .addOption(new Option('-t, --target <target>', 'only this target (repeatable)').choices(TARGETS).argParser(collect as never).default([]))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .action((o: Opts) => {
      const picked = o.target as TargetName[];
      const targets = picked.length ? [...new Set(picked)].sort() : availableTargets();
      const rows = annotationMatrix(targets);
      const config = configMatrix(targets);
      const f = o.format as string;
      // The ConfigMap keys follow the annotations (README "Controller ConfigMap").
      process.stdout.write(
        f === 'json'
          ? `${JSON.stringify({ format: 'ingressc-annotations', version: 1, targets, annotations: rows, configmap: config }, null, 2)}\n`
          : f === 'markdown'
            ? `${renderMatrixMarkdown(rows, targets)}\n${renderConfigMatrixMarkdown(config, targets)}`
            : `${renderMatrixTable(rows, targets)}\n${renderConfigMatrixTable(config, targets)}`,
      );
    });
  shortUsage(program.commands.find((c) => c.name() === 'annotations')!);
  return shortUsage(program, true);
}

/**
 * Inputs that could not be read fail the run (exit 2), and the others are still reported on; "no
 * Ingress found" is then no news (the unread input may hold them).
 */
function withUnread(unread: readonly Diagnostic[], ds: readonly Diagnostic[]): Diagnostic[] {
  return sortDiagnostics([...unread, ...ds.filter((d) => !(unread.length > 0 && d.code === 'IC1006'))]);
}

function finish(ds: readonly Diagnostic[], texts: Map<string, string>, o: Opts, code?: number): void {
  report(ds, texts, o);
  process.exitCode = code ?? exitCodeFor(ds);
}

export function main(argv: string[]): void {
  try {
    buildProgram().parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2; // usage errors are 2, --help/--version 0
      return;
    }
    process.stderr.write(`ingressc: internal error: ${(e as Error).stack ?? String(e)}\nThis is a bug in ingressc; please report it with the input that caused it.\n`);
    process.exitCode = 2;
  }
}
