export const authReader = {
    keys: [],
    read: () => undefined,
};
