import { ChunkedText } from './chunked-text.js';

/** Tiny indented writer for block-structured configs (nginx). One final newline. */
export class TextWriter {
  private readonly text = new ChunkedText();
  private depth = 0;
  private empty = true;

  constructor(private readonly indent = '    ') {}

  line(text = ''): this {
    this.empty = false;
    if (text !== '') this.text.add(this.indent.repeat(this.depth) + text);
    this.text.add('\n');
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
    return this.empty ? '\n' : this.text.toString();
  }
}
