export { applyPostcodeFields, placementDistance, placementLa } from './apply.ts';
export {
  type Authority,
  type PostcodeLocation,
  type PostcodeReference,
  postcodeKey,
  readPostcodeReference,
} from './reference.ts';
