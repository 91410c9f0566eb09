export const clientcertReader = {
    keys: [],
    read: () => undefined,
};
