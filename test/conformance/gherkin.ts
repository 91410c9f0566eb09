// Loads the conformance `.feature` files (third_party/conformance/features) with the official Gherkin
// parser and compiles them into pickles (one per Scenario / Examples row).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument, type Step } from '@cucumber/messages';
import { repoRoot } from '../harness/proxies.js';

/** The vendored feature folder; where each file comes from: third_party/conformance/SOURCES.md. */
export function featuresRoot(): string {
  return join(repoRoot(), 'third_party', 'conformance', 'features');
}

export interface StepCase {
  /** Keyword as written ("Given ", "And ", ...). */
  keyword: string;
  text: string;
  docString?: string;
  /** Data table rows (cells), header row included. */
  table?: string[][];
  line: number;
  fromBackground: boolean;
}

export interface ScenarioCase {
  /** 1-based position in the file, Outline rows expanded (SCENARIOS.md "#"). */
  index: number;
  /** Line of the Scenario, or of the Examples row for an Outline. */
  line: number;
  name: string;
  tags: string[];
  steps: StepCase[];
}

export interface FeatureFile {
  /** Path relative to the features root, with "/" separators. */
  rel: string;
  name: string;
  scenarios: ScenarioCase[];
}

/** Every `.feature` file under `root`, sorted by relative path. */
export function listFeatureFiles(root = featuresRoot()): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.feature')) out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Parses one feature file and expands it into executable scenarios (pickles). */
export function loadFeature(rel: string, root = featuresRoot()): FeatureFile {
  const text = readFileSync(join(root, rel), 'utf8');
  const newId = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
  const doc: GherkinDocument = parser.parse(text);
  const pickles = compile(doc, rel, newId);

  const astSteps = new Map<string, { step: Step; background: boolean }>();
  const addSteps = (steps: readonly Step[], background: boolean) => {
    for (const s of steps) astSteps.set(s.id, { step: s, background });
  };
  for (const child of doc.feature?.children ?? []) {
    if (child.background) addSteps(child.background.steps, true);
    if (child.scenario) addSteps(child.scenario.steps, false);
    if (child.rule)
      for (const rc of child.rule.children) {
        if (rc.background) addSteps(rc.background.steps, true);
        if (rc.scenario) addSteps(rc.scenario.steps, false);
      }
  }

  const scenarios: ScenarioCase[] = pickles.map((p, i) => ({
    index: i + 1,
    line: p.location?.line ?? 0,
    name: p.name,
    tags: p.tags.map((t) => t.name),
    steps: p.steps.map((s) => {
      const ast = astSteps.get(s.astNodeIds[0] ?? '');
      const step: StepCase = {
        keyword: ast?.step.keyword ?? '',
        text: s.text,
        line: ast?.step.location.line ?? 0,
        fromBackground: ast?.background ?? false,
      };
      if (s.argument?.docString) step.docString = s.argument.docString.content;
      if (s.argument?.dataTable) step.table = s.argument.dataTable.rows.map((r) => r.cells.map((c) => c.value));
      return step;
    }),
  }));
  return { rel, name: doc.feature?.name ?? rel, scenarios };
}
