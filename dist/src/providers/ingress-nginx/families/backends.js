export const backendsReader = {
    keys: [],
    read: () => undefined,
};
