import { fileURLToPath } from 'node:url';
/** Directory holding package.json and schemas/ (this file is dist/src/util/package-root.js). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
