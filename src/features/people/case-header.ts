import type { CaseHeader } from '../../platform/case/case-header.ts'
import { STAGE_LABELS, stageOf, type CaseDates } from '../../platform/case/stage.rules.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { CustodyEpisode, Person } from './people.mappers.ts'

type Episode = CustodyEpisode & {
  derived: {
    earliestReleaseDate: string | null
    handoverDate: string | null
    comAllocationOverdueFrom: string | null
  } | null
}

/** What every case page shows above its sections, from the record the case was opened with. */
/** The dates the stage and the key-date deadlines are decided from, for a person and their current episode. */
export function caseDatesOf(person: Pick<Person, 'com'>, episode: Episode | null): CaseDates {
  return {
    hasEpisode: episode !== null,
    releaseDate: episode?.releaseDate ?? null,
    earliestReleaseDate: episode?.derived?.earliestReleaseDate ?? null,
    licenceExpiryDate: episode?.licenceExpiryDate ?? null,
    handoverDate: episode?.derived?.handoverDate ?? null,
    comAllocationOverdueFrom: episode?.derived?.comAllocationOverdueFrom ?? null,
    hasCom: person.com !== null,
  }
}

export function caseHeader(
  person: Person,
  episode: Episode | null,
  limitedAccess: 'exclusion' | 'restriction' | null,
  today: IsoDate,
): CaseHeader {
  const stage = stageOf(caseDatesOf(person, episode), today)
  return {
    personId: person.id,
    name: `${person.lastName}, ${person.firstName}`,
    crn: person.crn,
    prisonNumber: person.prisonNumber,
    stageLabel: STAGE_LABELS[stage],
    releaseDate: episode?.releaseDate ?? null,
    earliestReleaseDate: episode && !episode.releaseDate ? (episode.derived?.earliestReleaseDate ?? null) : null,
    comName: person.com?.name ?? null,
    limitedAccess: limitedAccess === 'restriction' ? 'restricted' : limitedAccess ? 'excluded-others' : null,
  }
}
