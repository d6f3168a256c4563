import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { NON_OFSTED_URN } from '../shared-200-399.ts';

/**
 * 230 (2023/24 only) — an H5 placement in England that is open on or after 29 October 2023 (or whose end date
 * cannot be read) needs an Ofsted URN; `XXXXXXX` does not count.
 *
 * Deviation from the reference: the reference reads a blank PL_LA as the text "NAN", which starts with N, so
 * placements with an unknown location are never flagged. Waypoint treats an unknown location as England.
 */
export const rule230: RuleDefinition = {
  code: '230',
  message: 'Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023.',
  tables: ['Episodes'],
  fields: ['PLACE', 'DEC', 'URN'],
  years: { from: 2024, to: 2024 },
  needsTables: ['Episodes'],
  ...eachRow(
    'Episodes',
    (e) =>
      e.PLACE === 'H5' &&
      (!isDate(e.DEC) || e.DEC >= '2023-10-29') &&
      (e.URN === '' || e.URN === NON_OFSTED_URN) &&
      !/^[NWS]/.test(e.PL_LA),
  ),
  examples: [
    {
      description: 'an open H5 placement without a URN, and one with XXXXXXX ending 29 October, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'H5', DEC: '', URN: '' },
          { CHILD: '2', PLACE: 'H5', DEC: '2023-10-29', URN: 'XXXXXXX' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'an H5 that ended on 28 October, one with a URN, and one in Scotland pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'H5', DEC: '2023-10-28', URN: '' },
          { CHILD: '2', PLACE: 'H5', DEC: '', URN: 'SC000001' },
          { CHILD: '3', PLACE: 'H5', DEC: '', URN: '', PL_LA: 'SCO' },
        ],
      },
      expect: {},
    },
  ],
};
