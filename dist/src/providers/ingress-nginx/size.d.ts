/**
 * `offset`: an nginx offset (client_max_body_size: k, m or g); otherwise an nginx size
 * (client_body_buffer_size: k or m only; nginx refuses "1g" there, so ingressc does too).
 */
export declare function parseNginxSize(value: string, opts?: {
    offset?: boolean;
}): {
    bytes: number;
} | {
    error: string;
};
