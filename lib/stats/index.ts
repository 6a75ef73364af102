// Weekly stats: pure aggregation of message records (counts only) for the background and popup.
export * from './calendar';
export * from './schema';
export * from './aggregate';
export * from './summary';
export * from './tips';
export * from './export';
