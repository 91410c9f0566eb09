/** One haproxy.cfg section: a header line, then indented keywords (HAProxy has no braces). */
export class Section {
  private readonly lines: string[] = [];

  constructor(readonly header: string) {}

  line(text: string): this {
    this.lines.push(text);
    return this;
  }

  toString(): string {
    return [this.header, ...this.lines.map((l) => `    ${l}`)].join('\n') + '\n';
  }
}

/** Sections separated by blank lines, one final newline. */
export const renderSections = (sections: readonly (Section | string)[]): string => sections.map(String).join('\n');
