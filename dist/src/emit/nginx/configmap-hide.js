import { nginxHeaderName } from './quote.js';
/**
 * RouteTable.hideResponseHeaders (ConfigMap hide-headers), as ingress-nginx writes it:
 * proxy_hide_header at http level. nginx inherits proxy_hide_header only into a block that has
 * none of its own, so the lines are repeated in every block that has (HSTS servers, CORS locations).
 */
export const hideLines = (ir) => (ir.hideResponseHeaders ?? []).map((h) => `proxy_hide_header ${nginxHeaderName(h)};`);
export function withHiddenInBlocks(conf, ir) {
    const own = hideLines(ir);
    if (own.length === 0)
        return conf;
    const out = [];
    const stack = [];
    for (const line of conf.split('\n')) {
        const t = line.trim();
        const top = stack[stack.length - 1];
        if (t.endsWith('{') && !t.startsWith('#')) {
            stack.push({ indent: /^\s*/.exec(line)[0] + '    ', hides: new Set(), http: t === 'http {', inHttp: stack.some((f) => f.http) });
            out.push(line);
            continue;
        }
        if (t === '}' && top) {
            stack.pop();
            if (top.inHttp && top.hides.size > 0)
                for (const l of own)
                    if (!top.hides.has(l))
                        out.push(top.indent + l);
            out.push(line);
            continue;
        }
        if (top && t.startsWith('proxy_hide_header '))
            top.hides.add(t);
        out.push(line);
    }
    return out.join('\n');
}
