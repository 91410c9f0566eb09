/** One haproxy.cfg section: a header line, then indented keywords (HAProxy has no braces). */
export class Section {
  private readonly lines: string[] = [];

  constructor(readonly header: string) {}

  line(text: string): this {
    this.lines.push(text);
    return this;
  }

  /** A copy under another header, with `first` before this section's own lines. */
  copy(header: string, first: readonly string[]): Section {
    const s = new Section(header);
    for (const l of [...first, ...this.lines]) s.line(l);
    return s;
  }

  toString(): string {
    return [this.header, ...this.lines.map((l) => `    ${l}`)].join('\n') + '\n';
  }
}

/** Sections separated by blank lines, one final newline. */
export const renderSections = (sections: readonly (Section | string)[]): string => sections.map(String).join('\n');
