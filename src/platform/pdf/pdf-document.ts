/** One block of a printable document, in reading order. */
export type PdfBlock =
  | { kind: 'heading'; text: string; level?: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | { kind: 'table'; head: string[]; rows: string[][] }

export interface PdfContent {
  title: string
  /** Shown small under the title, for example who the document is for and when it was made. */
  subtitle?: string
  blocks: PdfBlock[]
}

const SIZES = { 1: 22, 2: 16, 3: 13 } as const
const BODY_SIZE = 12
const MARGIN = 56

/**
 * Renders a plain, tagged A4 PDF: large type, one column, headings in order, so that it reads well on
 * paper and to a screen reader. Features describe what to say; this decides how it looks. PDFKit is loaded with
 * the first document, not at start: most processes never make one, and loading it (with its fonts) costs each of
 * them half a second.
 */
export async function renderPdf(content: PdfContent): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: content.title, Creator: 'Resettle' },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  writeBlock(doc, { kind: 'heading', text: content.title, level: 1 })
  if (content.subtitle) doc.font('Helvetica').fontSize(10).fillColor('#505a5f').text(content.subtitle).moveDown()
  for (const block of content.blocks) writeBlock(doc, block)
  doc.end()
  return finished
}

function writeBlock(doc: PDFKit.PDFDocument, block: PdfBlock): void {
  doc.fillColor('#0b0c0c')
  switch (block.kind) {
    case 'heading':
      doc
        .moveDown(0.5)
        .font('Helvetica-Bold')
        .fontSize(SIZES[block.level ?? 2])
        .text(block.text)
        .moveDown(0.3)
      return
    case 'paragraph':
      doc.font('Helvetica').fontSize(BODY_SIZE).text(block.text).moveDown(0.5)
      return
    case 'list':
      doc.font('Helvetica').fontSize(BODY_SIZE).list(block.items, { bulletRadius: 2 }).moveDown(0.5)
      return
    case 'facts':
      for (const row of block.rows) {
        doc.font('Helvetica-Bold').fontSize(BODY_SIZE).text(row.label)
        doc
          .font('Helvetica')
          .text(row.value || '—')
          .moveDown(0.3)
      }
      doc.moveDown(0.3)
      return
    case 'table':
      doc
        .font('Helvetica')
        .fontSize(10)
        .table({
          data: [block.head, ...block.rows],
          rowStyles: row => (row === 0 ? { backgroundColor: '#f3f2f1' } : {}),
        })
        .moveDown(0.5)
      return
  }
}
