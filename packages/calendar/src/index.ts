export * from './dates.ts';
export * from './england-and-wales.ts';
export * from './working-days.ts';
