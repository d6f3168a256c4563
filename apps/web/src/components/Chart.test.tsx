import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BenchmarkChart } from './BenchmarkChart.tsx';
import { LineChart } from './LineChart.tsx';
import { SpcChart } from './SpcChart.tsx';

describe('LineChart', () => {
  const series = [
    {
      name: 'Northshire',
      values: [
        { x: '2022-23', y: 24.1 },
        { x: '2023-24', y: 21.5 },
        { x: '2024-25', y: null },
      ],
    },
    {
      name: 'England',
      values: [
        { x: '2022-23', y: 21.5 },
        { x: '2023-24', y: 22.4 },
        { x: '2024-25', y: 21.9 },
      ],
    },
  ];

  it('draws an SVG inside a role="img" named by the message and described', () => {
    const { getByRole, container } = render(
      <LineChart
        title="Re-referrals fell below England in 2023-24"
        description="Northshire's re-referral rate fell from 24.1% to 21.5%."
        series={series}
        xLabel="Year"
        yLabel="Re-referrals (%)"
      />,
    );
    expect(getByRole('heading', { level: 2 }).textContent).toBe('Re-referrals fell below England in 2023-24');
    const image = getByRole('img', { name: 'Re-referrals fell below England in 2023-24' });
    const descriptionId = image.getAttribute('aria-describedby') ?? '';
    expect(container.querySelector(`[id="${descriptionId}"]`)?.textContent).toContain('fell from 24.1% to 21.5%');
    expect(image.querySelector('svg')).not.toBeNull();
    // Direct labels: each series is named at the end of its line.
    const labels = Array.from(image.querySelectorAll('text')).map((t) => t.textContent);
    expect(labels).toContain('Northshire');
    expect(labels).toContain('England');
  });

  it('offers the data as a table with a caption, scoped headers and "No data" for gaps', () => {
    const { container } = render(<LineChart title="Trend" series={series} xLabel="Year" yLabel="Re-referrals (%)" />);
    const details = container.querySelector('details.govuk-details');
    expect(details?.querySelector('summary')?.textContent).toBe('Show data as a table');
    const table = within(details as HTMLElement).getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Trend: Re-referrals (%) by year');
    expect(Array.from(table.querySelectorAll('th[scope="col"]')).map((th) => th.textContent)).toEqual([
      'Year',
      'Northshire',
      'England',
    ]);
    const lastRow = Array.from(table.querySelectorAll('tbody tr')).at(-1);
    expect(lastRow?.querySelector('th[scope="row"]')?.textContent).toBe('2024-25');
    expect(Array.from(lastRow?.querySelectorAll('td') ?? []).map((td) => td.textContent)).toEqual(['No data', '21.9']);
  });
});

describe('SpcChart', () => {
  const points = [
    { x: '2025-04-01', value: 62 },
    { x: '2025-05-01', value: 65 },
    { x: '2025-06-01', value: 88, specialCause: 'Above the upper process limit' },
    { x: '2025-07-01', value: 64 },
  ];

  it('marks special-cause points with a different shape, and says so in the table', () => {
    const { getByRole, container } = render(
      <SpcChart
        title="Assessment timeliness had one unusual month"
        points={points}
        mean={64}
        upperLimit={80}
        lowerLimit={48}
        target={70}
        xLabel="Month"
        yLabel="Assessments in 45 working days (%)"
        xType="date"
      />,
    );
    const image = getByRole('img', { name: 'Assessment timeliness had one unusual month' });
    // Plot draws symbols as <path>; the special-cause point is a triangle, ordinary points are circles.
    expect(image.querySelectorAll('circle').length).toBe(3);
    const labels = Array.from(image.querySelectorAll('text')).map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Mean 64', 'Upper limit 80', 'Lower limit 48', 'Target 70']));
    const rows = Array.from(container.querySelectorAll('details tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent),
    );
    expect(rows[2]).toEqual(['2025-06-01', '88', 'Yes: Above the upper process limit']);
    expect(rows[0]?.[2]).toBe('No');
    const descriptionId = image.getAttribute('aria-describedby') ?? '';
    expect(container.querySelector(`[id="${descriptionId}"]`)?.textContent).toContain(
      'Mean 64, upper process limit 80, lower process limit 48, target 70',
    );
  });
});

describe('BenchmarkChart', () => {
  it('writes every value at the end of its bar and in the table, with "No data" for gaps', () => {
    const { getByRole, container } = render(
      <BenchmarkChart
        title="Northshire's rate is above England's"
        valueLabel="Rate per 10,000 children"
        bars={[
          { label: 'Northshire', value: 81, kind: 'authority' },
          { label: 'England', value: 70, kind: 'england' },
          { label: 'Eastborough', value: null, kind: 'neighbour' },
        ]}
      />,
    );
    const image = getByRole('img', { name: "Northshire's rate is above England's" });
    expect(image.querySelectorAll('rect').length).toBeGreaterThanOrEqual(3);
    const labels = Array.from(image.querySelectorAll('text')).map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['81', '70', 'No data', 'Northshire', 'England', 'Eastborough']));
    const rows = Array.from(container.querySelectorAll('details tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['Northshire', 'This council', '81'],
      ['England', 'England', '70'],
      ['Eastborough', 'Statistical neighbour', 'No data'],
    ]);
  });
});
