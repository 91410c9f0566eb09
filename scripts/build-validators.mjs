// Precompiles the manifest JSON Schemas (schemas/*.json) into one CommonJS module with ajv's
// standalone code generation, so the CLI does not load ajv or compile schemas at start-up.
// Output goes to dist/src (committed with the rest of the build). src/validate/schema.ts falls back to compiling
// at run time when the file is missing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMES = ['ingress-v1', 'ingress-v1beta1', 'ingressclass', 'service', 'secret', 'endpointslice'];
const load = (n) => JSON.parse(readFileSync(join(root, 'schemas', `${n}.json`), 'utf8'));

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { source: true } });
ajv.addSchema(load('metadata'));
const refs = {};
for (const n of NAMES) {
  const s = load(n);
  ajv.addSchema(s);
  refs[n] = s.$id;
}
const out = join(root, 'dist', 'src', 'validate', 'compiled-schemas.cjs');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, standaloneCode.default ? standaloneCode.default(ajv, refs) : standaloneCode(ajv, refs));
