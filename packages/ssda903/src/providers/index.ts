export type { ProviderListLayout } from './layouts.ts';
export { type ProviderListOptions, readProviderLists } from './read-provider-lists.ts';
