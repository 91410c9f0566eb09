/** Directory holding package.json and schemas/ (this file is dist/src/util/package-root.js). */
export declare const PACKAGE_ROOT: string;
