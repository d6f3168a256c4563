import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CinCensus, readCensus, streamCensus } from '../src/index.ts';

const RETURNS = join(import.meta.dirname, 'fixtures', 'cin-census-fake-returns');
const bytesOf = (name: string) => readFileSync(join(RETURNS, name));

async function* inPieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += size) yield bytes.subarray(i, i + size);
}

describe('readCensus flattens the return into the census tables', () => {
  it('reads the 2026 sample: header, Sex, factors, plans, reviews and the draft pre-proceedings block', async () => {
    const census = await readCensus(bytesOf('CIN_Census_2026.xml'));
    expect(census.header).toEqual({
      Collection: 'CIN',
      Year: '2023',
      ReferenceDate: '2024-03-31',
      SourceLevel: 'L',
      LEA: '201',
      SoftwareCode: 'Local Authority',
      Release: 'ver 3.1.21',
      SerialNo: '001',
      DateTime: '2023-05-23T11:14:05',
    });
    expect(census.children).toBe(2);
    const t = census.tables;
    expect(t.ChildIdentifiers.map((c) => [c.LAchildID, c.Sex, c.GenderCurrent, c.UPNunknown])).toEqual([
      ['DfEX0000001', '1', '', 'UN3'],
      ['child_fails_assessments', 'M', '', 'UN1'],
    ]);
    expect(t.Disabilities.map((d) => [d.LAchildID, d.Disability])).toEqual([
      ['DfEX0000001', 'HAND'],
      ['DfEX0000001', 'HEAR'],
      ['child_fails_assessments', 'NONE'],
    ]);
    expect(t.Assessments.map((a) => [a.LAchildID, a.CINdetailsID, a.AssessmentID, a.AssessmentFactors])).toEqual([
      ['DfEX0000001', '1', '1', '1C,RB,6B'],
      ['child_fails_assessments', '1', '1', ''],
    ]);
    expect(t.AssessmentFactorsList.map((f) => f.AssessmentFactor)).toEqual(['1C', 'RB', '6B']);
    expect(t.ChildProtectionPlans[0]).toEqual({
      LAchildID: 'DfEX0000001',
      CINdetailsID: '1',
      CPPID: '1',
      CPPstartDate: '2022-02-17',
      CPPendDate: '2023-03-14',
      InitialCategoryOfAbuse: 'PHY',
      LatestCategoryOfAbuse: 'PHY',
      NumberOfPreviousCPP: '10',
    });
    expect(t.Reviews).toEqual([
      { LAchildID: 'DfEX0000001', CINdetailsID: '1', CPPID: '1', CPPreviewDate: '2023-02-15' },
    ]);
    expect(t.PreProceedings).toHaveLength(1);
    expect(t.PreProceedings[0]).toMatchObject({
      LAchildID: 'DfEX0000001',
      CINdetailsID: '1',
      PPOutcome: 'A',
      CourtAppDate: '2026-12-18',
    });
    expect(t.CINdetails[1]).toMatchObject({
      CINreferralDate: '2024-10-24',
      ReasonForClosure: 'RC9',
      ReferralNFA: 'false',
    });
  });

  it('numbers episodes, plans and assessments within their parent, in document order', async () => {
    const census = await readCensus(bytesOf('fake_CIN_data.xml'));
    expect(census.children).toBe(332);
    expect(census.tables.CINdetails).toHaveLength(402);
    const second = census.tables.CINdetails.filter((c) => c.LAchildID === 'RND000824303014');
    expect(second.map((c) => [c.CINdetailsID, c.CINreferralDate])).toEqual([
      ['1', '2013-10-25'],
      ['2', '2017-10-22'],
    ]);
    const twoPlans = await readCensus(bytesOf('CIN2rows.xml'));
    expect(twoPlans.tables.ChildProtectionPlans.map((p) => [p.CINdetailsID, p.CPPID])).toEqual([
      ['1', '1'],
      ['1', '2'],
    ]);
    expect(twoPlans.tables.Reviews.map((r) => r.CPPID)).toEqual(['1', '2']);
  });

  it('gives the same tables however the input is cut into chunks', async () => {
    const bytes = bytesOf('CIN_Census_2024.xml');
    const whole = await readCensus(bytes);
    expect(await readCensus(new TextDecoder().decode(bytes))).toEqual(whole);
    for (const size of [1, 2, 3, 7, 64]) {
      expect(await readCensus(inPieces(bytes, size))).toEqual(whole);
    }
  });

  it('decodes multi-byte UTF-8 split across chunks, and the encoding the XML declaration names', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><Message><Header><Source><SoftwareCode>Café Système</SoftwareCode>' +
      '</Source></Header><Children/></Message>';
    const utf8 = new TextEncoder().encode(xml);
    expect((await readCensus(inPieces(utf8, 1))).header.SoftwareCode).toBe('Café Système');
    const latin1 = Uint8Array.from(xml.replace('UTF-8', 'ISO-8859-1'), (c) => c.charCodeAt(0));
    expect((await readCensus(latin1)).header.SoftwareCode).toBe('Café Système');
  });

  it('accepts namespaces, attributes, comments, CDATA, entities and both gender elements', async () => {
    const xml =
      '<?xml version="1.0"?>\n<!-- exported -->\n<cin:Message xmlns:cin="urn:x" version="1">' +
      '<cin:Header><cin:CollectionDetails><cin:Year>2024</cin:Year></cin:CollectionDetails></cin:Header>' +
      '<cin:Children><cin:Child><cin:ChildIdentifiers><cin:LAchildID><![CDATA[A&B]]></cin:LAchildID>' +
      '<cin:GenderCurrent>2</cin:GenderCurrent></cin:ChildIdentifiers><cin:ChildCharacteristics>' +
      '<cin:Ethnicity>W&#66;RI</cin:Ethnicity></cin:ChildCharacteristics>' +
      '<cin:CINdetails><cin:ChildProtectionPlans><cin:Reviews><cin:CPPreviewDate>2024-01-02Z</cin:CPPreviewDate>' +
      '<cin:CPPreviewDate>2024-02-03</cin:CPPreviewDate></cin:Reviews><cin:Reviews/></cin:ChildProtectionPlans>' +
      '</cin:CINdetails></cin:Child></cin:Children></cin:Message>';
    const census: CinCensus = await readCensus(xml);
    expect(census.tables.ChildIdentifiers[0]).toMatchObject({ LAchildID: 'A&B', GenderCurrent: '2', Sex: '' });
    expect(census.tables.ChildCharacteristics[0]!.Ethnicity).toBe('WBRI');
    // Every review date is a row (the reference reads only the first); an empty <Reviews> is an undated review.
    expect(census.tables.Reviews.map((r) => r.CPPreviewDate)).toEqual(['2024-01-02', '2024-02-03', '']);
  });
});

describe('streamCensus', () => {
  it('yields the Header first, then one child at a time with its return-wide row offsets', async () => {
    const events: string[] = [];
    const offsets: number[] = [];
    for await (const event of streamCensus(inPieces(bytesOf('CIN_Census_2024.xml'), 100))) {
      if (event.type === 'header') events.push(`header ${event.header.ReferenceDate}`);
      else {
        events.push(`child ${event.child.LAchildID} line ${event.child.line}`);
        offsets.push(event.child.rowOffsets.Disabilities);
      }
    }
    expect(events).toEqual(['header 2024-03-31', 'child DfEX0000001 line 18', 'child child_fails_assessments line 73']);
    expect(offsets).toEqual([0, 2]);
  });
});
