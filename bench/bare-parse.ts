// The baseline for P1: read the file and run yaml.parseAllDocuments, nothing else, in a node process.
import { readFileSync } from 'node:fs';
import { LineCounter, parseAllDocuments } from 'yaml';

const text = readFileSync(process.argv[2]!, 'utf8');
const docs = parseAllDocuments(text, { lineCounter: new LineCounter() });
if (!Array.isArray(docs) || docs.length === 0) process.exitCode = 1;
