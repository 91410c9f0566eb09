export const limitsReader = {
    keys: [],
    read: () => undefined,
};
