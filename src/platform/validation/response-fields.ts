import { z } from 'zod'

/** A moment the API answers: a Date in the service, ISO text on the wire, and a date-time in the document. */
export function instantResponse() {
  return z.date().meta({ type: 'string', format: 'date-time' })
}
