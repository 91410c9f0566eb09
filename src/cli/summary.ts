import type { Diagnostic, RouteTable } from '../index.js';
import { routesOf } from '../ir/types.js';

const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The one line a successful `compile --out` prints on stderr: what was written. */
export function compileSummary(out: string, ir: RouteTable, ds: readonly Diagnostic[]): string {
  const hosts = ir.vhosts.filter((v) => v.kind !== 'any').length;
  const routes = ir.vhosts.reduce((sum, v) => sum + routesOf(v).length, 0);
  const certs = ir.certificates.filter((c) => c.certPem !== undefined).length;
  const missing = ir.certificates.length - certs;
  const warnings = ds.filter((d) => d.severity === 'warning').length;
  const parts = [n(hosts, 'host'), n(routes, 'route'), `${n(certs, 'certificate')}${missing > 0 ? ` (${missing} to supply)` : ''}`, n(warnings, 'warning')];
  return `ingressc: wrote ${out}: ${parts.join(', ')}\n`;
}
