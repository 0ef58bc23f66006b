import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { PdfBlock, PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { ReportBlock, ReportSection } from '../../platform/case/report-section.ts'

/** The handover report on paper: the same sections as the page, drawn from the same model. */
export function handoverReportPdf(report: {
  person: { firstName: string; lastName: string; crn: string }
  generatedOn: string
  sections: ReportSection[]
}): PdfContent {
  return {
    title: 'Handover report',
    subtitle: `${report.person.firstName} ${report.person.lastName} (${report.person.crn}). Generated from the record on ${formatLongDate(report.generatedOn)}. Official – sensitive.`,
    blocks: report.sections.flatMap(section => [
      { kind: 'heading', text: section.title } satisfies PdfBlock,
      ...section.blocks.map(pdfBlock),
    ]),
  }
}

function pdfBlock(block: ReportBlock): PdfBlock {
  switch (block.kind) {
    case 'summary':
      return { kind: 'facts', rows: block.rows.map(row => ({ label: row.key, value: row.value })) }
    case 'table':
      return block
    case 'text':
      return { kind: 'paragraph', text: block.text }
  }
}
