import { cfgWord } from './quote.js';
/** RouteTable.hideResponseHeaders (ConfigMap hide-headers): removed from the servers' responses (http-response runs on those only). */
export const hideLines = (ir) => (ir.hideResponseHeaders ?? []).map((h) => `http-response del-header ${cfgWord(h)}`);
