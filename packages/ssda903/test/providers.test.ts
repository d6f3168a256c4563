import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readPostcodeReference, readProviderLists, type SourceFile, Ssda903InputError } from '../src/index.ts';
import { fixtureFile, textFile } from './fixtures.ts';

const lists = (...names: string[]) => names.map((n) => fixtureFile(`ofsted-provider-lists-fake/${n}`));

async function providerError(files: SourceFile[]): Promise<Ssda903InputError> {
  try {
    await readProviderLists(files);
  } catch (error) {
    if (error instanceof Ssda903InputError) return error;
    throw error;
  }
  throw new Error('expected readProviderLists to fail');
}

async function workbook(sheets: Record<string, unknown[][]>): Promise<SourceFile> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return { name: 'made.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

describe('readProviderLists', () => {
  it("reads the children's homes list with the social care providers list (either order)", async () => {
    for (const files of [lists('ch_fake.xlsx', 'scp_fake.xlsx'), lists('scp_fake.xlsx', 'ch_fake.xlsx')]) {
      const index = await readProviderLists(files);
      expect(index.size).toBe(3);
      expect(index.get('NJASCN')).toEqual({
        urn: 'NJASCN',
        placeCodes: ['COD3'],
        providerCodes: ['COD3C0D3'],
        registrationEnd: undefined,
        postcode: 'BN208JX',
        laName: 'East Sussex',
        laCode: undefined,
      });
      expect(index.get('bababooey')).toMatchObject({ placeCodes: ['COD35'], providerCodes: ['COD3C0D5'] });
      expect(index.get('P4BABOO7')?.registrationEnd).toBe('2023-01-01');
    }
  });

  it("reads the older children's homes layout with its address sheet", async () => {
    const ch = await workbook({
      'Settings and Inspection Info': [
        ['URN', 'Local Authority', 'Provider Code', 'Provider Placement Code', 'Closed Date'],
        ['SC000001', 'Kent', 'K2', 'PR4', new Date(Date.UTC(2024, 5, 30))],
      ],
      'Address Details': [
        ['URN', 'Setting Address Postcode'],
        ['SC000001', 'me1 1aa'],
      ],
    });
    const index = await readProviderLists([ch, fixtureFile('ofsted-provider-lists-fake/scp_fake.xlsx')]);
    expect(index.get('sc000001')).toMatchObject({
      placeCodes: ['K2'],
      providerCodes: ['PR4'],
      registrationEnd: '2024-06-30',
      postcode: 'ME11AA',
      laName: 'Kent',
    });
  });

  it('reads the combined list, splitting code lists', async () => {
    const index = await readProviderLists(lists('combined_scp_ch_fake.xlsx'));
    expect(index.size).toBe(4);
    expect(index.get('ARN00001')).toMatchObject({
      placeCodes: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
      providerCodes: ['RD1', 'RD2'],
      postcode: 'ND18AD',
      laName: 'Arnor borough council',
    });
    expect(index.get('MDR00003')?.placeCodes).toEqual(['K1']);
  });

  it('reads supported accommodation sheets as K3 / PR4 unless the sheet gives codes', async () => {
    const assisted = await readProviderLists(lists('scpch_assisted.xlsx'));
    expect(assisted.size).toBe(6);
    expect(assisted.get('ISL00001')).toMatchObject({
      placeCodes: ['K3'],
      providerCodes: ['CODECODE'],
      postcode: 'SM0000',
    });
    const latest = await readProviderLists(lists('scp_ch_2025_fake.xlsx'));
    expect(latest.get('1')).toMatchObject({ placeCodes: ['H5'], postcode: 'RT14RT' });
    expect(latest.get('2')).toMatchObject({
      placeCodes: ['N1'],
      providerCodes: ['PR4'],
      registrationEnd: '2024-02-01',
    });
  });

  it("infers each provider's upper-tier LA from its postcode when a postcode reference is given", async () => {
    const postcodes = readPostcodeReference(
      textFile('pcd.csv', 'pcd,oseast1m,osnrth1m,laua\nND1 8AD,1,1,E07000001\n'),
      textFile('la.csv', 'LTLA21CD,LTLA21NM,UTLA21CD,UTLA21NM\nE07000001,D,E10000001,C\n'),
    );
    const index = await readProviderLists(lists('combined_scp_ch_fake.xlsx'), { postcodes });
    expect(index.get('ARN00001')?.laCode).toBe('E10000001');
    expect(index.get('GND00002')?.laCode).toBeUndefined();
  });

  it('refuses a single list that is not the combined list, and an incomplete pair', async () => {
    expect((await providerError(lists('ch_fake.xlsx'))).message).toMatch(
      /do not make a complete set.*children's homes/,
    );
    expect((await providerError(lists('ch_fake.xlsx', 'ch_fake.xlsx'))).message).toMatch(/complete set/);
    expect((await providerError([])).message).toMatch(/0 provider list files/);
  });

  it('refuses a workbook in none of the layouts, naming its sheets', async () => {
    const other = await workbook({
      Sheet1: [
        ['Name', 'Town'],
        ['A', 'B'],
      ],
    });
    const error = await providerError([other]);
    expect(error.file).toBe('made.xlsx');
    expect(error.message).toMatch(/sheets "Sheet1".*not an Ofsted/);
  });

  it('names the sheet and columns missing from a list in a known layout', async () => {
    const ch = await workbook({
      'Provider information': [
        ['URN', 'Local Authority'],
        ['1', 'X'],
      ],
    });
    const error = await providerError([ch, fixtureFile('ofsted-provider-lists-fake/scp_fake.xlsx')]);
    expect(error.message).toMatch(/sheet "Provider information" has no column "provider code"/);
  });

  it('refuses a file that is not a workbook', async () => {
    const error = await providerError([textFile('list.xlsx', 'URN,Name\n')]);
    expect(error.message).toMatch(/could not be opened as an Excel workbook/);
  });
});
