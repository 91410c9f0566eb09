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
    /** A copy under another header, with `first` before this section's own lines. */
    copy(header, first) {
        const s = new Section(header);
        for (const l of [...first, ...this.lines])
            s.line(l);
        return s;
    }
    toString() {
        return [this.header, ...this.lines.map((l) => `    ${l}`)].join('\n') + '\n';
    }
}
/** Sections separated by blank lines, one final newline. */
export const renderSections = (sections) => sections.map(String).join('\n');
