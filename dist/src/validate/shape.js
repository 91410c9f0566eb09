export const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
export const arr = (v) => (Array.isArray(v) ? v : []);
export const str = (v) => (typeof v === 'string' ? v : undefined);
