import { STAGE_LABELS, STAGES, type Stage } from './caseload.rules.ts'
import type { CaseloadQuery } from './caseload.schemas.ts'

const STAGE_COLOURS: Record<Stage, string> = {
  'not-recorded': 'govuk-tag--grey',
  'in-custody': 'govuk-tag--grey',
  'handover-due': 'govuk-tag--yellow',
  'due-out': 'govuk-tag--orange',
  released: 'govuk-tag--green',
  'on-licence': 'govuk-tag--blue',
  'licence-ended': 'govuk-tag--grey',
}

/** The caseload filter's choices as GOV.UK select items, the ones in the address selected. */
export function caseloadFilter(query: Partial<Pick<CaseloadQuery, 'stage' | 'sort'>>) {
  const sort = query.sort ?? 'release'
  return {
    stageItems: [
      { value: '', text: 'All stages' },
      ...STAGES.map(value => ({ value, text: STAGE_LABELS[value], selected: value === query.stage })),
    ],
    sortItems: [
      { value: 'release', text: 'Release date, soonest first', selected: sort === 'release' },
      { value: 'name', text: 'Name', selected: sort === 'name' },
    ],
    stageColours: STAGE_COLOURS,
  }
}
