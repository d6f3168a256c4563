import { eachRow } from '../each-row.ts';
import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 391 — care leaver information is only for young people aged 17 to 21 in the year: an OC3 row with any item
 * for someone not yet 17 at the collection end is flagged.
 */
export const rule391: RuleDefinition = {
  code: '391',
  message: 'Young person was not 17, 18, 19, 20 or 21 during the current collection year. ',
  tables: ['OC3'],
  fields: ['DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needsTables: ['OC3'],
  ...eachRow(
    'OC3',
    (o, ctx) =>
      isDate(o.DOB) &&
      addYears(o.DOB, 17) > ctx.collectionEnd &&
      (o.IN_TOUCH !== '' || o.ACTIV !== '' || o.ACCOM !== ''),
  ),
  examples: [
    {
      description: 'care leaver data for someone who turns 17 after the year ends is flagged',
      year: 2024,
      current: { OC3: [{ CHILD: '1', DOB: '2007-04-01', IN_TOUCH: 'YES' }] },
      expect: { OC3: [0] },
    },
    {
      description: 'someone 17 on 31 March passes, as does a blank row for a younger child',
      year: 2024,
      current: {
        OC3: [
          { CHILD: '1', DOB: '2007-03-31', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
          { CHILD: '2', DOB: '2010-01-01' },
        ],
      },
      expect: {},
    },
  ],
};
