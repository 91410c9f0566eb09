import { droppedHeaderChar } from '../../ir/header-names.js';
import type { RouteTable } from '../../ir/types.js';

/**
 * RouteTable.dropRequestHeaders: the frontend's first rule removes every header whose name has a
 * character nginx refuses (-m reg tests each name as received), so no later rule, map lookup,
 * auth request or backend sees it.
 */
export function headerNameLines(ir: Pick<RouteTable, 'dropRequestHeaders'>): string[] {
  const d = ir.dropRequestHeaders;
  if (!d) return [];
  return [
    `# Request headers ingress-nginx drops (ignore-invalid-headers${d.underscore ? ', enable-underscores-in-headers false' : ''}): names with another character than ${d.underscore ? 'letters, digits and "-"' : 'letters, digits, "-" and "_"'}.`,
    `http-request del-header ${droppedHeaderChar(d)} -m reg`,
  ];
}
