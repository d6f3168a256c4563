/**
 * The report's inline style sheet: GOV.UK Design System type scale, colours, tags, summary lists and tables, without
 * GOV.UK branding, plus A4 print rules (margins, repeated table headers, no breaks inside rows or charts, a page break
 * before each priority area where the content asks for one).
 */
export const REPORT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #ffffff; color: #0b0c0c; font-family: Arial, Helvetica, sans-serif; font-size: 19px;
  line-height: 1.32; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.report { max-width: 1020px; margin: 0 auto; padding: 30px 30px 60px; }
.cover { border-top: 10px solid #1d70b8; padding-top: 30px; }
.caption { display: block; margin: 0 0 5px; color: #505a5f; font-size: 27px; line-height: 1.11; }
h1, h2, h3, h4 { font-weight: 700; color: #0b0c0c; }
h1 { font-size: 48px; line-height: 1.04; margin: 0 0 30px; }
h2 { font-size: 36px; line-height: 1.11; margin: 50px 0 20px; }
h3 { font-size: 24px; line-height: 1.25; margin: 35px 0 15px; }
h4 { font-size: 19px; line-height: 1.32; margin: 25px 0 10px; }
p { margin: 0 0 20px; }
.lead { font-size: 24px; line-height: 1.25; }
.hint { color: #505a5f; }
a { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1578em; }
a:focus { outline: 3px solid transparent; color: #0b0c0c; background-color: #ffdd00;
  box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
.list { margin: 0 0 20px; padding-left: 20px; }
.list li { margin-bottom: 5px; }
.contents { margin: 0 0 40px; }
.contents__title { font-weight: 700; margin-bottom: 10px; }
.contents ol { list-style: none; margin: 0; padding: 0; }
.contents li { margin: 0 0 5px; padding-left: 25px; position: relative; }
.contents li::before { content: "—"; position: absolute; left: 0; }
.summary-list { display: table; width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 30px; }
.summary-list__row { display: table-row; }
.summary-list dt, .summary-list dd { display: table-cell; margin: 0; padding: 10px 20px 10px 0;
  border-bottom: 1px solid #b1b4b6; vertical-align: top; }
.summary-list dt { width: 32%; font-weight: 700; }
.inset-text { margin: 30px 0; padding: 15px; border-left: 10px solid #b1b4b6; }
.table { width: 100%; margin: 0 0 40px; border-spacing: 0; border-collapse: collapse; table-layout: fixed;
  font-size: 16px; line-height: 1.25; }
.table caption { margin-bottom: 10px; font-size: 19px; font-weight: 700; text-align: left; }
.table th, .table td { padding: 10px 16px 10px 0; border-bottom: 1px solid #b1b4b6; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }
.table th { font-weight: 700; }
.table th:last-child, .table td:last-child { padding-right: 0; }
.table .numeric { text-align: right; }
.table .line { display: block; }
.table .line + .line { margin-top: 4px; }
.table--compact { margin-bottom: 30px; font-size: 12px; line-height: 1.2; }
.table--compact caption { font-size: 13px; font-weight: 400; color: #505a5f; }
.table--compact th, .table--compact td { padding: 3px 4px 3px 0; }
.tag { display: inline-block; max-width: 100%; padding: 2px 8px 3px; font-weight: 400; overflow-wrap: break-word; }
.tag--green { color: #005a30; background-color: #cce2d8; }
.tag--amber { color: #594d00; background-color: #fff7bf; }
.tag--red { color: #2a0b06; background-color: #f4cdc6; }
.tag--blue { color: #0c2d4a; background-color: #bbd4ea; }
.tag--grey { color: #282d30; background-color: #e5e6e7; }
.tag--plain { color: #0b0c0c; background-color: #ffffff; box-shadow: inset 0 0 0 1px #b1b4b6; }
.chart { margin: 0 0 10px; }
.chart svg { display: block; max-width: 100%; height: auto; }
.page-break { break-before: page; page-break-before: always; }
tr, .chart, .summary-list__row, .table--keep { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
h1, h2, h3, h4, .table caption { break-after: avoid; page-break-after: avoid; }
@page { size: A4; margin: 16mm 15mm 20mm 15mm; }
@media print {
  body { font-size: 10.5pt; }
  .report { max-width: none; margin: 0; padding: 0; }
  .cover { padding-top: 12pt; }
  .caption { font-size: 14pt; }
  h1 { font-size: 24pt; margin-bottom: 14pt; }
  h2 { font-size: 17pt; margin: 18pt 0 8pt; }
  h3 { font-size: 13pt; margin: 14pt 0 6pt; }
  h4 { font-size: 11pt; margin: 10pt 0 4pt; }
  p, .list { margin-bottom: 8pt; }
  .lead { font-size: 13pt; }
  .summary-list { margin-bottom: 14pt; }
  .summary-list dt, .summary-list dd { padding: 4pt 10pt 4pt 0; }
  .inset-text { margin: 12pt 0; padding: 8pt; }
  .contents { margin-bottom: 14pt; }
  .table { margin-bottom: 14pt; font-size: 8.5pt; }
  .table caption { font-size: 10pt; margin-bottom: 4pt; }
  .table th, .table td { padding: 4pt 8pt 4pt 0; }
  .table--compact { font-size: 7pt; margin-bottom: 10pt; }
  .table--compact caption { font-size: 7.5pt; }
  .table--compact th, .table--compact td { padding: 1.5pt 2pt 1.5pt 0; }
  .tag { padding: 0 4pt 1pt; }
  a { color: #0b0c0c; text-decoration: none; }
}
`;
