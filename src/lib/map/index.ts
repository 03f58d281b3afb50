export * from './projection';
export * from './geometry';
export * from './labels';
export * from './layout';
