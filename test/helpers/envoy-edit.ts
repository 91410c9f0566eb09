import { parse } from 'yaml';
import { toBlockYaml } from '../../src/emit/yaml-writer.js';

/**
 * Tampering tests of the Envoy oracle: applies an edit written against the block-YAML form of
 * envoy.json (every string double-quoted, one key per line, as ingressc's Envoy output was before
 * it became JSON) and returns canonical 2-space JSON again, so the oracle judges the edited content
 * rather than the text's form. An edit that changes nothing returns the input unchanged.
 */
export function editEnvoyAsYaml(json: string, edit: (yaml: string) => string): string {
  const yaml = toBlockYaml(JSON.parse(json));
  const edited = edit(yaml);
  return edited === yaml ? json : `${JSON.stringify(parse(edited, { maxAliasCount: -1 }), null, 2)}\n`;
}
