/** Which placement a child goes to next: type by age and legal status, then provider, URN and postcode. */
import { areaNear, H5_P2_UNTIL, K3_FROM, postcodeIn, type SimContext, Z_CODES_FROM } from './context.ts';
import { ageOn, birthday } from './days.ts';
import type { Provider, ProviderKind } from './providers.ts';
import type { Random } from './random.ts';

/** A placement as the episodes record it. `carer` identifies the carers (same carer → RNE T or U). */
export interface PlacementSpec {
  place: string;
  provider: string;
  urn: string;
  plPost: string;
  carer: number;
  /** Day the setting's registration ends (the child must have moved by then). */
  closes?: number;
  /** A temporary placement (T0–T4). */
  temporary?: boolean;
}

/** The child facts placement choices depend on. */
export interface PlacementChild {
  dob: number;
  homePost: string;
  uasc: boolean;
  /** Placed for adoption later (foster-for-adoption carers are likelier). */
  adoption: boolean;
}

const FOSTER_KIN = ['U1', 'U2', 'U3'];

/** Providers of a kind open on `day` (and for at least `margin` more days), matching the filter. */
function openProviders(
  ctx: SimContext,
  kind: ProviderKind,
  day: number,
  margin: number,
  filter?: (p: Provider) => boolean,
) {
  return (ctx.providers.byKind.get(kind) ?? []).filter(
    (p) => (p.registrationEnd === undefined || p.registrationEnd > day + margin) && (!filter || filter(p)),
  );
}

function settingSpec(
  ctx: SimContext,
  rng: Random,
  child: PlacementChild,
  kind: ProviderKind,
  place: string,
  day: number,
  codes?: readonly string[],
) {
  // Never a setting at the child's home postcode (rule 392d).
  const away = (p: Provider) => p.postcode.pcd !== child.homePost;
  let options = openProviders(ctx, kind, day, 30, (p) => away(p) && (!codes || codes.includes(p.placementProvider)));
  if (options.length === 0) options = openProviders(ctx, kind, day, 30, away);
  const p = rng.pick(options);
  const spec: PlacementSpec = {
    place,
    provider: p.placementProvider,
    urn: p.urn,
    plPost: p.postcode.pcd,
    carer: rng.next(),
  };
  if (p.registrationEnd !== undefined) spec.closes = p.registrationEnd;
  return spec;
}

/** A foster placement (U1–U6) with the authority's own carers (PR1) or an agency's (PR4/PR5). */
function fosterSpec(ctx: SimContext, rng: Random, child: PlacementChild, place: string): PlacementSpec {
  const kin = FOSTER_KIN.includes(place);
  const own = kin ? rng.chance(0.9) : rng.chance(0.52);
  let agency: Provider;
  if (own) agency = ctx.providers.byKind.get('la-fostering')![0]!;
  else agency = rng.pick(ctx.providers.byKind.get('ifa')!);
  const area = own ? areaNear(ctx, rng, 0.85) : areaNear(ctx, rng, 0.5, 0.05);
  return {
    place,
    provider: agency.placementProvider,
    urn: agency.urn,
    plPost: postcodeIn(area, rng, child.homePost).pcd,
    carer: rng.next(),
  };
}

/** A placement for adoption with new adopters (A4 with consent, A6 with a placement order). */
function adoptionSpec(ctx: SimContext, rng: Random, child: PlacementChild, place: string): PlacementSpec {
  const own = rng.chance(0.75);
  const agency = own ? ctx.providers.byKind.get('la-adoption')![0]! : rng.pick(ctx.providers.byKind.get('vaa')!);
  return {
    place,
    provider: agency.placementProvider,
    urn: agency.urn,
    plPost: postcodeIn(areaNear(ctx, rng, 0.4, 0.05), rng, child.homePost).pcd,
    carer: rng.next(),
  };
}

/** A placement without an Ofsted URN (P1, P2, H5, R2, R5, Z11–Z14, T0–T4). */
function plainSpec(
  ctx: SimContext,
  rng: Random,
  child: PlacementChild,
  place: string,
  provider: string,
): PlacementSpec {
  if (place === 'P1') return { place, provider: 'PR0', urn: '', plPost: child.homePost, carer: rng.next() };
  const area = place === 'R5' ? areaNear(ctx, rng, 0, 0.5) : areaNear(ctx, rng, place.startsWith('Z') ? 0.6 : 0.9);
  return { place, provider, urn: '', plPost: postcodeIn(area, rng, child.homePost).pcd, carer: rng.next() };
}

/** The spec of a placement type. */
export function specFor(
  ctx: SimContext,
  rng: Random,
  child: PlacementChild,
  place: string,
  day: number,
): PlacementSpec {
  switch (place) {
    case 'U1':
    case 'U2':
    case 'U3':
    case 'U4':
    case 'U5':
    case 'U6':
      return fosterSpec(ctx, rng, child, place);
    case 'A4':
    case 'A6':
      return adoptionSpec(ctx, rng, child, place);
    case 'K2': {
      const x = rng.next();
      const codes = x < 0.05 ? ['PR2'] : x < 0.32 ? ['PR1'] : ['PR4', 'PR5'];
      return settingSpec(ctx, rng, child, 'childrens-home', 'K2', day, codes);
    }
    case 'K1':
      return settingSpec(ctx, rng, child, 'secure-home', 'K1', day);
    case 'K3':
      return settingSpec(ctx, rng, child, 'supported', 'K3', day, rng.chance(0.1) ? ['PR1'] : ['PR4', 'PR5']);
    case 'R3':
      return settingSpec(ctx, rng, child, 'family-centre', 'R3', day, rng.chance(0.3) ? ['PR1'] : ['PR4']);
    case 'S1':
      return settingSpec(ctx, rng, child, 'school', 'S1', day);
    case 'R2':
    case 'R5':
      return plainSpec(ctx, rng, child, place, 'PR3');
    case 'H5':
    case 'P2':
      return plainSpec(ctx, rng, child, place, 'PR4');
    case 'P1':
      return plainSpec(ctx, rng, child, place, 'PR0');
    default:
      return plainSpec(ctx, rng, child, place, '');
  }
}

/** A temporary placement (T1 hospital, T3 while the foster carers are on holiday, T4 other). */
export function temporarySpec(ctx: SimContext, rng: Random, child: PlacementChild, place: string): PlacementSpec {
  return { ...plainSpec(ctx, rng, child, place, ''), temporary: true };
}

/**
 * The type of the next placement for a child on `day` with legal status `ls` (spec §5.7 age floors: K3 and H5 at
 * 16, R5 at 10, S1 at 4; P1 never under section 20; K3 from 28 October 2023; H5 and P2 only before the regime;
 * Z11–Z14 from 2025/26).
 */
export function choosePlace(rng: Random, child: PlacementChild, ls: string, day: number): string {
  const age = ageOn(child.dob, day);
  if (ls === 'J1')
    return rng.weighted([
      ['R5', 0.55],
      ['K1', 0.2],
      ['U6', 0.25],
    ]);
  const sixteen = day >= birthday(child.dob, 16);
  const k3 = sixteen && day >= K3_FROM;
  const semiIndependent = sixteen && day < H5_P2_UNTIL - 60;
  const other = day >= Z_CODES_FROM && age >= 12 ? 0.005 : 0;
  const p1 = ls === 'V2' || ls === 'L1' || ls === 'L2' || child.adoption ? 0 : 1;
  if (child.uasc) {
    return rng.weighted([
      ['U6', 0.45],
      ['U4', 0.05],
      ['K2', 0.15],
      ['K3', k3 ? 0.35 : 0],
      ['H5', semiIndependent ? 0.3 : 0],
    ]);
  }
  if (age < 1) {
    return rng.weighted([
      ['U6', 0.4],
      ['U4', 0.2],
      ['U5', child.adoption ? 0.4 : 0.05],
      ['U3', 0.1],
      ['R3', 0.05],
      ['P1', 0.05 * p1],
    ]);
  }
  if (age < 5) {
    return rng.weighted([
      ['U6', 0.35],
      ['U4', 0.25],
      ['U1', 0.08],
      ['U2', 0.02],
      ['U3', 0.1],
      ['U5', child.adoption ? 0.2 : 0.02],
      ['P1', 0.08 * p1],
    ]);
  }
  if (age < 12) {
    return rng.weighted([
      ['U4', 0.35],
      ['U6', 0.25],
      ['U1', 0.1],
      ['U3', 0.1],
      ['K2', 0.08],
      ['P1', 0.08 * p1],
      ['S1', age >= 8 ? 0.02 : 0],
    ]);
  }
  if (age < 16) {
    return rng.weighted([
      ['U4', 0.28],
      ['U6', 0.22],
      ['U1', 0.05],
      ['U3', 0.05],
      ['K2', 0.27],
      ['P1', 0.06 * p1],
      ['S1', 0.02],
      ['K1', ls === 'C2' ? 0.01 : 0],
      ['R2', 0.004],
      ['Z11', other * 0.25],
      ['Z12', other * 0.25],
      ['Z13', other * 0.25],
      ['Z14', other * 0.25],
    ]);
  }
  return rng.weighted([
    ['U4', 0.2],
    ['U6', 0.16],
    ['U3', 0.02],
    ['K2', 0.2],
    ['K3', k3 ? 0.27 : 0],
    ['H5', semiIndependent ? 0.07 : 0],
    ['P2', semiIndependent ? 0.04 : 0],
    ['P1', 0.05 * p1],
    ['Z11', other * 0.25],
    ['Z12', other * 0.25],
    ['Z13', other * 0.25],
    ['Z14', other * 0.25],
  ]);
}

/**
 * Typical days before the next move from a placement (an exponential mean). The first placement of a period
 * of care is often an emergency one; settled placements last years (about one child in ten has three or more
 * placements in a year).
 */
export function meanStay(place: string, age: number, first: boolean): number {
  if (first && place.startsWith('U')) return 150;
  if (place.startsWith('U')) return age < 5 ? 900 : age < 12 ? 1200 : 800;
  switch (place) {
    case 'K2':
      return 480;
    case 'K3':
      return 360;
    case 'P1':
      return 600;
    case 'R3':
      return 110;
    case 'S1':
      return 700;
    case 'K1':
    case 'R2':
      return 80;
    case 'H5':
    case 'P2':
      return 240;
    default:
      return place.startsWith('Z') ? 60 : 400;
  }
}
