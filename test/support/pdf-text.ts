import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Opens a PDF with Mozilla's PDF.js, as a reader would, and returns its pages' text and its title. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string; title: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise
  const pageTexts: string[] = []
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    pageTexts.push(content.items.map(item => ('str' in item ? item.str : '')).join(' '))
  }
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } }
  const result = { pages: pdf.numPages, text: pageTexts.join('\n').replace(/\s+/g, ' '), title: info.Title ?? '' }
  await pdf.destroy()
  return result
}
