/** One haproxy.cfg section: a header line, then indented keywords (HAProxy has no braces). */
export declare class Section {
    readonly header: string;
    private readonly lines;
    constructor(header: string);
    line(text: string): this;
    /** A copy under another header, with `first` before this section's own lines. */
    copy(header: string, first: readonly string[]): Section;
    toString(): string;
}
/** Sections separated by blank lines, one final newline. */
export declare const renderSections: (sections: readonly (Section | string)[]) => string;
