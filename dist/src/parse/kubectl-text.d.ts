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
export declare function kubectlReadsDifferently(text: string): KubectlDifference | undefined;
