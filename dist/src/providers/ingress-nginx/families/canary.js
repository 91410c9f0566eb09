export const canaryReader = {
    keys: [],
    read: () => undefined,
};
