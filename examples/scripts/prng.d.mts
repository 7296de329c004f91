/** mulberry32: the same seed gives the same sequence on every machine. */
export declare function prng(seed: number): () => number;
