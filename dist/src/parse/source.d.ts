/** An input as the library sees it: a display path and its text. The CLI does the reading. */
export interface SourceFile {
    path: string;
    text: string;
}
