export * from './types';
export * from './scale';
export * from './ticks';
export * from './labels';
export * from './bands';
export * from './inset';
export * from './durations';
export * from './overview';
