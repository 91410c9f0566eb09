import type { Code } from '../diagnostics/codes.js';

/**
 * Where the text kubectl hands to Kubernetes' YAML reader differs from what the YAML library reads.
 * kubectl (k8s.io/apimachinery's YAMLReader) first cuts a file at lines that begin with "---"
 * (LF line ends only), refusing such a line with anything but a comment after it, and then decodes
 * each piece with go-yaml v2 (sigs.k8s.io/yaml), which reads the first YAML document of the piece
 * only and treats CR, NEL, U+2028 and U+2029 as line breaks. So:
 * - a lone CR, NEL, U+2028 or U+2029 ends a line (a comment, a block scalar) only in the cluster,
 *   and a byte-order mark anywhere but at the start is refused there;
 * - a %YAML or %TAG directive ends up in the piece before its document's "---" (kubectl fails);
 * - "--- content" and "---x" lines are refused by kubectl ("invalid Yaml document separator");
 * - a document after "..." without its own "---" is in the same piece as the one before, and
 *   go-yaml never reads it: the cluster never sees it, however valid it is.
 * ingressc refuses each of these at its position rather than guess.
 */
export interface KubectlDifference {
  offset: number;
  code: Code;
  args: Record<string, string>;
}

const ODD = /\r(?!\n)|[\u0085\u2028\u2029]|(?<!^)\uFEFF/;
const BREAK = "is a line break for Kubernetes' YAML 1.1 reader (go-yaml) but not in YAML 1.2";
const ODD_ARGS: Record<string, Record<string, string>> = {
  '\r': { char: 'a carriage return not followed by a line feed', detail: BREAK, escape: '"\\r"' },
  '\u0085': { char: 'U+0085 (NEXT LINE)', detail: BREAK, escape: '"\\N"' },
  '\u2028': { char: 'U+2028 (LINE SEPARATOR)', detail: BREAK, escape: '"\\L"' },
  '\u2029': { char: 'U+2029 (PARAGRAPH SEPARATOR)', detail: BREAK, escape: '"\\P"' },
  '\uFEFF': { char: 'a byte-order mark (U+FEFF) after the start', detail: "is refused by Kubernetes' YAML reader (go-yaml) anywhere but at the start of the input", escape: '"\\uFEFF"' },
};
const DIRECTIVE = /^\uFEFF?%/m;
const SEPARATOR_WITH_CONTENT = /^---[ \t]*[^\s#]/m;
/** "..." ending a document, then only blank or comment lines, then a line that is not "---". */
const BARE_AFTER_END = /^\.\.\.(?:[ \t][^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*(?!---(?:\s|$))(?=[ \t]*[^\s#])/m;

export function kubectlReadsDifferently(text: string): KubectlDifference | undefined {
  const found: KubectlDifference[] = [];
  const odd = ODD.exec(text);
  if (odd) found.push({ offset: odd.index, code: 'IC1030', args: ODD_ARGS[odd[0]]! });
  const directive = DIRECTIVE.exec(text);
  if (directive) found.push({ offset: directive.index + (text[directive.index] === '\uFEFF' ? 1 : 0), code: 'IC1031', args: { what: 'a directive' } });
  const sep = SEPARATOR_WITH_CONTENT.exec(text);
  if (sep) found.push({ offset: sep.index, code: 'IC1035', args: {} });
  const bare = BARE_AFTER_END.exec(text);
  if (bare) found.push({ offset: bare.index + bare[0].length, code: 'IC1036', args: {} });
  return found.sort((a, b) => a.offset - b.offset)[0];
}
