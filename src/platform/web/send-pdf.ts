import type { Response } from 'express'

/** Sends a generated PDF for download or viewing; the name says what it is, never who it is about. */
export function sendPdf(res: Response, fileName: string, pdf: Buffer): void {
  res.type('application/pdf')
  res.setHeader('Content-Disposition', `inline; filename="${fileName}"`)
  res.send(pdf)
}
