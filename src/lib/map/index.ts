export * from './projection';
export * from './geometry';
export * from './labels';
export * from './layout';
export * from './sizes';
