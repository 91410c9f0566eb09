const ODD = /\r(?!\n)|[\u0085\u2028\u2029]|(?<!^)\uFEFF/;
const BREAK = "is a line break for Kubernetes' YAML 1.1 reader (go-yaml) but not in YAML 1.2";
const ODD_ARGS = {
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
export function kubectlReadsDifferently(text) {
    const found = [];
    const odd = ODD.exec(text);
    if (odd)
        found.push({ offset: odd.index, code: 'IC1030', args: ODD_ARGS[odd[0]] });
    const directive = DIRECTIVE.exec(text);
    if (directive)
        found.push({ offset: directive.index + (text[directive.index] === '\uFEFF' ? 1 : 0), code: 'IC1031', args: { what: 'a directive' } });
    const sep = SEPARATOR_WITH_CONTENT.exec(text);
    if (sep)
        found.push({ offset: sep.index, code: 'IC1035', args: {} });
    const bare = BARE_AFTER_END.exec(text);
    if (bare)
        found.push({ offset: bare.index + bare[0].length, code: 'IC1036', args: {} });
    return found.sort((a, b) => a.offset - b.offset)[0];
}
