/** Public library API: pure functions over in-memory sources; no file system, no process exit. */
export { compile, analyze } from './compile.js';
export { lint } from './lint.js';
export { classifySource } from './parse/classify.js';
export { diff, routeChanges, fileChanges, describeRoute, renderDiffText, renderDiffJson, diffLines, unifiedDiff } from './diff/index.js';
export { routes, routeRows } from './routes/table.js';
export { match, explainRequest, parseRequest } from './routes/explain.js';
export { renderRoutesTable, renderRoutesJson, renderMatchText, renderMatchJson } from './routes/render.js';
export { matchRequest, matchHost, matchPath, normalizeHost } from './ir/match.js';
export { renderText, colorEnabled } from './diagnostics/render-text.js';
export { renderJson, toJsonReport } from './diagnostics/render-json.js';
export { renderSarif, toSarif } from './diagnostics/render-sarif.js';
export { renderGithub } from './diagnostics/render-github.js';
export { makeDiagnostic, sortDiagnostics } from './diagnostics/collector.js';
export { registeredTargets as availableTargets } from './emit/registry.js';
export { TARGETS } from './options.js';
export { CODES } from './diagnostics/codes.js';
export { annotationMatrix, renderMatrixMarkdown, renderMatrixTable } from './providers/ingress-nginx/matrix.js';
export { configMatrix, renderConfigMatrixMarkdown, renderConfigMatrixTable } from './providers/ingress-nginx/configmap/matrix.js';
