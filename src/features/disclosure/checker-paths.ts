/**
 * The addresses of the public checker's questions. An address holds the place of the question (which record,
 * which sentence) and never an answer. Pure.
 */
import type { Step } from './checker-steps.ts'

export const BASE_PATH = '/check-your-record'

/** The address a step's form posts to. Indexes only: no answer is ever put in an address. */
export function pathOf(step: Step): string {
  switch (step.name) {
    case 'date-of-birth':
    case 'another-record':
    case 'check-answers':
      return `${BASE_PATH}/${step.name}`
    case 'kind':
    case 'date':
      return `${BASE_PATH}/records/${step.record + 1}/${step.name}`
    case 'listed':
      return `${BASE_PATH}/records/${step.record + 1}/listed-offence`
    case 'another-disposal':
      return `${BASE_PATH}/records/${step.record + 1}/another-sentence`
    case 'type':
    case 'period':
    case 'detail':
    case 'serious':
      return `${BASE_PATH}/records/${step.record + 1}/sentences/${step.disposal + 1}/${DISPOSAL_PATHS[step.name]}`
  }
}

const RECORD_STEPS = {
  kind: 'kind',
  date: 'date',
  'listed-offence': 'listed',
  'another-sentence': 'another-disposal',
} as const
const DISPOSAL_STEPS = { type: 'type', length: 'period', details: 'detail', 'serious-offence': 'serious' } as const
const DISPOSAL_PATHS = { type: 'type', period: 'length', detail: 'details', serious: 'serious-offence' } as const

/** The step at an address below `BASE_PATH` (`records/1/sentences/2/length`), or null. */
export function stepAt(path: string): Step | null {
  const parts = path.replace(/^\/+|\/+$/g, '').split('/')
  const index = (text: string | undefined) => (text && /^[1-9]\d{0,2}$/.test(text) ? Number(text) - 1 : null)
  if (
    parts.length === 1 &&
    (parts[0] === 'date-of-birth' || parts[0] === 'another-record' || parts[0] === 'check-answers')
  ) {
    return { name: parts[0] }
  }
  const record = parts[0] === 'records' ? index(parts[1]) : null
  if (record === null) return null
  if (parts.length === 3 && parts[2]! in RECORD_STEPS) {
    return { name: RECORD_STEPS[parts[2] as keyof typeof RECORD_STEPS], record }
  }
  const disposal = parts[2] === 'sentences' ? index(parts[3]) : null
  if (parts.length === 5 && disposal !== null && parts[4]! in DISPOSAL_STEPS) {
    return { name: DISPOSAL_STEPS[parts[4] as keyof typeof DISPOSAL_STEPS], record, disposal }
  }
  return null
}
