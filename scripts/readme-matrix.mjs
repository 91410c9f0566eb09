// Writes `ingressc annotations --format markdown` between the README's annotations-matrix markers
// (test/unit/readme-matrix.test.ts fails when they differ). Run after `npm run dist`.
import { readFileSync, writeFileSync } from 'node:fs';
import { annotationMatrix, availableTargets, renderMatrixMarkdown } from '../dist/src/index.js';

const file = new URL('../README.md', import.meta.url);
const begin = '<!-- annotations-matrix:begin -->\n';
const end = '<!-- annotations-matrix:end -->';
const text = readFileSync(file, 'utf8');
const targets = availableTargets();
const table = renderMatrixMarkdown(annotationMatrix(targets), targets);
const from = text.indexOf(begin) + begin.length;
const to = text.indexOf(end);
if (from < begin.length || to < from) throw new Error('README.md has no annotations-matrix markers');
writeFileSync(file, text.slice(0, from) + table + text.slice(to));
