import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { compile } from '../compile.js';
import { makeDiagnostic } from '../diagnostics/collector.js';
import { colorEnabled, renderText } from '../diagnostics/render-text.js';
import type { Diagnostic, TargetName } from '../diagnostics/types.js';
import { lint } from '../lint.js';
import { TARGETS } from '../options.js';
import { exitCodeFor } from './exit-code.js';
import { readInputs } from './read-inputs.js';
import { writeOutputDir } from './write-output.js';

const collect = (v: string, prev: string[]): string[] => [...prev, v];

interface CommonFlags {
  color?: boolean;
}

function report(ds: readonly Diagnostic[], sources: Map<string, string>, flags: CommonFlags): void {
  process.stderr.write(renderText(ds, { color: colorEnabled(process.stderr, flags.color), sources }));
}

function load(inputs: string[]) {
  const { sources, diagnostics } = readInputs(inputs, () => readFileSync(0, 'utf8'));
  return { sources, diagnostics, texts: new Map(sources.map((s) => [s.path, s.text])) };
}

export function buildProgram(): Command {
  const program = new Command('ingressc')
    .description('Compile Kubernetes Ingress manifests into nginx, HAProxy, Envoy and Traefik configurations.')
    .exitOverride()
    .showHelpAfterError();

  program
    .command('compile')
    .description('compile Ingress manifests (files, directories, "-" for stdin) into a proxy config')
    .argument('<inputs...>')
    .addOption(new Option('-t, --target <target>', 'proxy to generate for').choices(TARGETS).default('nginx'))
    .option('-o, --out <dir>', 'write a self-contained, runnable directory (replaced atomically)')
    .option('--listen-http <addr:port>', 'HTTP listen address', '0.0.0.0:80')
    .option('--listen-https <addr:port>', 'HTTPS listen address', '0.0.0.0:443')
    .option('--backend <ns/svc:port=host:port,...>', 'override the endpoints of a Service port (repeatable)', collect, [])
    .option('--default-backend <ns/svc:port>', 'serve requests that match no rule')
    .option('--ingress-class <name>', 'only compile Ingresses of this class')
    .option('--no-ssl-redirect', 'do not redirect HTTP to HTTPS for TLS hosts')
    .option('--allow-snippets', 'accept *-snippet annotations (they are still not emitted)')
    .option('--resolver <ip>', 'DNS resolver nginx uses at run time for cluster names', '10.96.0.10')
    .option('--no-color', 'no colours in diagnostics')
    .action((inputs: string[], o: Record<string, unknown>) => {
      const { sources, diagnostics, texts } = load(inputs);
      if (diagnostics.length) return finish(diagnostics, texts, o);
      const r = compile(sources, {
        target: o.target as TargetName,
        listenHttp: o.listenHttp as string,
        listenHttps: o.listenHttps as string,
        backends: o.backend as string[],
        ...(o.defaultBackend !== undefined ? { defaultBackend: o.defaultBackend as string } : {}),
        ...(o.ingressClass !== undefined ? { ingressClass: o.ingressClass as string } : {}),
        sslRedirect: o.sslRedirect as boolean,
        allowSnippets: o.allowSnippets === true,
        resolver: o.resolver as string,
      });
      const ds = [...r.diagnostics];
      if (r.ok) {
        if (o.out !== undefined) {
          try {
            writeOutputDir(o.out as string, r.files);
          } catch (e) {
            ds.push(makeDiagnostic('IC5003', undefined, { path: o.out as string, detail: (e as Error).message }));
          }
        } else if (r.files.length > 1) {
          ds.push(makeDiagnostic('IC5002', undefined, { target: r.target ?? '', count: r.files.length }));
        } else if (r.files[0]) process.stdout.write(r.files[0].content);
      }
      finish(ds, texts, o);
    });

  program
    .command('lint')
    .description('validate Ingress manifests without writing anything')
    .argument('<inputs...>')
    .addOption(new Option('-t, --target <target>', 'also report what this target cannot express (repeatable)').choices(TARGETS).argParser(collect as never).default([]))
    .addOption(new Option('--fail-level <level>', 'lowest severity that fails').choices(['error', 'warning']).default('error'))
    .option('--ingress-class <name>', 'only check Ingresses of this class')
    .option('--allow-snippets', 'accept *-snippet annotations')
    .option('--no-color', 'no colours in diagnostics')
    .action((inputs: string[], o: Record<string, unknown>) => {
      const { sources, diagnostics, texts } = load(inputs);
      if (diagnostics.length) return finish(diagnostics, texts, o);
      const r = lint(sources, {
        targets: o.target as TargetName[],
        ...(o.ingressClass !== undefined ? { ingressClass: o.ingressClass as string } : {}),
        allowSnippets: o.allowSnippets === true,
      });
      finish(r.diagnostics, texts, o, o.failLevel as 'error' | 'warning');
    });
  return program;
}

function finish(ds: readonly Diagnostic[], texts: Map<string, string>, o: Record<string, unknown>, failLevel: 'error' | 'warning' = 'error'): void {
  report(ds, texts, { color: o.color as boolean });
  process.exitCode = exitCodeFor(ds, failLevel);
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
