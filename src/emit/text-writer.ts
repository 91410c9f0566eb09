/** Tiny indented writer for block-structured configs (nginx, HAProxy). One final newline. */
export class TextWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  constructor(private readonly indent = '    ') {}

  line(text = ''): this {
    this.lines.push(text === '' ? '' : this.indent.repeat(this.depth) + text);
    return this;
  }

  block(header: string, body: () => void): this {
    this.line(`${header} {`);
    this.depth++;
    body();
    this.depth--;
    this.line('}');
    return this;
  }

  toString(): string {
    return this.lines.join('\n') + '\n';
  }
}
