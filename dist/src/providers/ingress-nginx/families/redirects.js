export const redirectsReader = {
    keys: [],
    read: () => undefined,
};
