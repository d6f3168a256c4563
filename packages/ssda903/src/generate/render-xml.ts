/**
 * Writes a return in the EXPSSDA903 XML layout (spec §4, the 2021 schema v3.3.0) for the XML import demo. That
 * schema has no SWEpisodes or DoLo and a two-character placement type, so social worker episodes, deprivation
 * of liberty orders and episodes with PLACE Z11–Z14 are left out (and counted in `omitted`).
 */
import type { SourceFile } from '../read/source-file.ts';
import type { Ssda903Return, Tables } from '../tables.ts';
import { ukDate } from './days.ts';

/** The XML file and what the 2021 schema could not hold. */
export interface XmlRendering {
  file: SourceFile;
  omitted: { swEpisodes: number; deprivationOfLiberty: number; episodesWithZPlacements: number };
}

const escapeXml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rows of a table grouped by CHILD. */
function byChild<R extends { CHILD: string }>(rows: readonly R[] | undefined): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const r of rows ?? []) {
    const list = map.get(r.CHILD);
    if (list) list.push(r);
    else map.set(r.CHILD, [r]);
  }
  return map;
}

const Z_PLACEMENTS = new Set(['Z11', 'Z12', 'Z13', 'Z14']);

/**
 * Renders a return (as `readReturn` gives it, ISO dates) as one EXPSSDA903 XML file: a CHILD per Header row
 * with its HEADER (UASC, adoption, care leaver, missing, reviews, motherhood, permanence, OC2, decisions) and
 * EPISODE elements, dates written dd/mm/yyyy.
 */
export function renderXml(ret: Ssda903Return | { tables: Tables }, options: { fileName?: string } = {}): XmlRendering {
  const t = ret.tables;
  const uasc = byChild(t.UASC);
  const oc3 = byChild(t.OC3);
  const ad1 = byChild(t.AD1);
  const missing = byChild(t.Missing);
  const reviews = byChild(t.Reviews);
  const prevPerm = byChild(t.PrevPerm);
  const oc2 = byChild(t.OC2);
  const placed = byChild(t.PlacedAdoption);
  const episodes = byChild(t.Episodes);
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>', '<EXPSSDA903>'];
  const el = (indent: string, name: string, value: string, optional = true) => {
    if (optional && value === '') return;
    out.push(`${indent}<${name}>${escapeXml(value)}</${name}>`);
  };
  let zEpisodes = 0;
  for (const h of t.Header ?? []) {
    const child = h.CHILD;
    out.push('  <CHILD>', '    <HEADER>');
    const i = '      ';
    el(i, 'CHILDID', child, false);
    el(i, 'UPN', h.UPN);
    el(i, 'SEX', h.SEX, false);
    el(i, 'DOB', ukDate(h.DOB), false);
    el(i, 'ETHNIC', h.ETHNIC, false);
    const u = uasc.get(child)?.[0];
    el(i, 'UASC', u ? '1' : '0', false);
    if (u) el(i, 'DUC', ukDate(u.DUC));
    const a = ad1.get(child)?.[0];
    if (a) {
      el(i, 'DATE_INT', ukDate(a.DATE_INT));
      el(i, 'DATE_MATCH', ukDate(a.DATE_MATCH));
      el(i, 'FOSTER_CARE', a.FOSTER_CARE);
      el(i, 'NB_ADOPTR', a.NB_ADOPTR);
      el(i, 'SEX_ADOPTR', a.SEX_ADOPTR);
      el(i, 'LS_ADOPTR', a.LS_ADOPTR);
    }
    const c = oc3.get(child)?.[0];
    if (c) {
      el(i, 'IN_TOUCH', c.IN_TOUCH);
      el(i, 'ACTIV', c.ACTIV);
      el(i, 'ACCOM', c.ACCOM);
    }
    for (const m of missing.get(child) ?? []) {
      out.push(`${i}<AMISSING>`);
      el(`${i}  `, 'MISSING', m.MISSING, false);
      el(`${i}  `, 'MIS_START', ukDate(m.MIS_START), false);
      el(`${i}  `, 'MIS_END', ukDate(m.MIS_END));
      out.push(`${i}</AMISSING>`);
    }
    for (const r of reviews.get(child) ?? []) {
      out.push(`${i}<AREVIEW>`);
      el(`${i}  `, 'REVIEW', ukDate(r.REVIEW), false);
      el(`${i}  `, 'REVIEW_CODE', r.REVIEW_CODE, false);
      out.push(`${i}</AREVIEW>`);
    }
    el(i, 'MOTHER', h.MOTHER);
    el(i, 'MC_DOB', ukDate(h.MC_DOB));
    const p = prevPerm.get(child)?.[0];
    if (p) {
      out.push(`${i}<PERMANENCE>`);
      el(`${i}  `, 'PREV_PERM', p.PREV_PERM);
      el(`${i}  `, 'LA_PERM', p.LA_PERM);
      el(`${i}  `, 'DATE_PERM', ukDate(p.DATE_PERM));
      out.push(`${i}</PERMANENCE>`);
    }
    const o = oc2.get(child)?.[0];
    if (o) {
      out.push(`${i}<OC2>`);
      for (const f of [
        'SDQ_SCORE',
        'SDQ_REASON',
        'CONVICTED',
        'HEALTH_CHECK',
        'IMMUNISATIONS',
        'TEETH_CHECK',
        'HEALTH_ASSESSMENT',
        'SUBSTANCE_MISUSE',
        'INTERVENTION_RECEIVED',
        'INTERVENTION_OFFERED',
      ] as const) {
        el(`${i}  `, f, o[f]);
      }
      out.push(`${i}</OC2>`);
    }
    for (const d of placed.get(child) ?? []) {
      out.push(`${i}<AD_PLACED>`);
      el(`${i}  `, 'DATE_PLACED', ukDate(d.DATE_PLACED), false);
      el(`${i}  `, 'DATE_PLACED_CEASED', ukDate(d.DATE_PLACED_CEASED));
      el(`${i}  `, 'REASON_PLACED_CEASED', d.REASON_PLACED_CEASED);
      out.push(`${i}</AD_PLACED>`);
    }
    out.push('    </HEADER>');
    for (const e of episodes.get(child) ?? []) {
      if (Z_PLACEMENTS.has(e.PLACE)) {
        zEpisodes++;
        continue;
      }
      out.push('    <EPISODE>');
      const j = '      ';
      el(j, 'DECOM', ukDate(e.DECOM), false);
      el(j, 'RNE', e.RNE, false);
      el(j, 'LS', e.LS, false);
      el(j, 'CIN', e.CIN, false);
      el(j, 'PL', e.PLACE, false);
      el(j, 'PL_POST', e.PL_POST);
      el(j, 'HOME_POST', e.HOME_POST);
      el(j, 'URN', e.URN);
      el(j, 'PLACE_PROVIDER', e.PLACE_PROVIDER);
      el(j, 'DEC', ukDate(e.DEC), false);
      el(j, 'REC', e.REC, false);
      el(j, 'REASON_PLACE_CHANGE', e.REASON_PLACE_CHANGE);
      out.push('    </EPISODE>');
    }
    out.push('  </CHILD>');
  }
  out.push('</EXPSSDA903>', '');
  return {
    file: { name: options.fileName ?? 'ssda903.xml', bytes: new TextEncoder().encode(out.join('\n')) },
    omitted: {
      swEpisodes: t.SWEpisodes?.length ?? 0,
      deprivationOfLiberty: t.DoLo?.length ?? 0,
      episodesWithZPlacements: zEpisodes,
    },
  };
}
