import { ChunkedText } from './chunked-text.js';
/** Tiny indented writer for block-structured configs (nginx). One final newline. */
export class TextWriter {
    indent;
    text = new ChunkedText();
    depth = 0;
    empty = true;
    constructor(indent = '    ') {
        this.indent = indent;
    }
    line(text = '') {
        this.empty = false;
        if (text !== '')
            this.text.add(this.indent.repeat(this.depth) + text);
        this.text.add('\n');
        return this;
    }
    block(header, body) {
        this.line(`${header} {`);
        this.depth++;
        body();
        this.depth--;
        this.line('}');
        return this;
    }
    toString() {
        return this.empty ? '\n' : this.text.toString();
    }
}
