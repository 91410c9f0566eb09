export const errorsReader = {
    keys: [],
    read: () => undefined,
};
