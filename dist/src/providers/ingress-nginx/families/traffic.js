export const trafficReader = {
    keys: [],
    read: () => undefined,
};
