/** One haproxy.cfg section: a header line, then indented keywords (HAProxy has no braces). */
export class Section {
    header;
    lines = [];
    constructor(header) {
        this.header = header;
    }
    line(text) {
        this.lines.push(text);
        return this;
    }
    toString() {
        return [this.header, ...this.lines.map((l) => `    ${l}`)].join('\n') + '\n';
    }
}
/** Sections separated by blank lines, one final newline. */
export const renderSections = (sections) => sections.map(String).join('\n');
