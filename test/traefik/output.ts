import { parse } from 'yaml';
import type { OutputFile } from '../../src/index.js';
import type { DynamicHttp } from './evaluate.js';
import type { TlsSection } from './tls-select.js';

/** A compiled Traefik output directory, parsed back the way Traefik reads it. */
export interface TraefikOutput {
  dynamic: { http?: DynamicHttp; tls?: TlsSection };
  static: { entryPoints?: Record<string, { address: string; http?: { sanitizePath?: boolean; encodedCharacters?: Record<string, boolean> } }>; providers?: { file?: { filename?: string } } };
  /** Every output file by path (certificates included). */
  files: Map<string, string>;
}

export function readOutput(files: readonly OutputFile[], staticFile = 'traefik-static.yaml'): TraefikOutput {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const st = byPath.get(staticFile);
  if (st === undefined) throw new Error(`no ${staticFile} in the output`);
  const staticConf = parse(st) as TraefikOutput['static'];
  const dynFile = staticConf.providers?.file?.filename;
  const dyn = dynFile === undefined ? undefined : byPath.get(dynFile);
  if (dyn === undefined) throw new Error(`static config names dynamic file ${String(dynFile)}, which is not in the output`);
  return { dynamic: parse(dyn) as TraefikOutput['dynamic'], static: staticConf, files: byPath };
}
