export * from './coverage.ts';
export * from './deadlines.ts';
export * from './delivery-rag.ts';
export * from './snapshot.ts';
