import { randomUUID } from 'node:crypto'
import type { Insertable } from 'kysely'
import { addDays, daysBetween, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { duringWorkingDay } from '../../platform/sample-data/moments.ts'
import {
  NEEDS_CATALOGUE,
  URGENCIES,
  type ActionProgress,
  type NeedStatus,
  type PathwayKey,
  type Urgency,
} from './needs.catalogue.ts'
import { DEMO_PROGRESS_NOTES, DEMO_WORDS } from './needs-demo-words.ts'
import { hasNeed, type PathwayAnswer } from './needs.rules.ts'
import type {
  NeedActionTable,
  NeedsScreeningPathwayTable,
  NeedsScreeningTable,
  NeedsScreeningWomensNeedTable,
} from './needs.tables.ts'

/** What the demo's random generator offers (demo/random.ts), so that the same people get the same needs everywhere. */
export interface DemoRandom {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
}

/** One demo person's current custody episode, with the deadlines the key dates give it. */
export interface DemoCase {
  personId: string
  episodeId: string
  recorder: string
  arrivalDate: IsoDate
  releaseDate: IsoDate | null
  earliestReleaseDate: IsoDate | null
  screeningDueDate: IsoDate
  preReleaseReviewDueDate: IsoDate | null
  womensQuestions: boolean
}

export interface DemoRows {
  screenings: Insertable<NeedsScreeningTable>[]
  pathways: Insertable<NeedsScreeningPathwayTable>[]
  womensNeeds: Insertable<NeedsScreeningWomensNeedTable>[]
  actions: Insertable<NeedActionTable>[]
}

const WOMENS_NEED_CHANCE = { 'domestic-abuse': 0.5, 'sex-work': 0.15, 'caring-for-children': 0.5, trauma: 0.6 }

/**
 * Believable needs for one person at their stage: most screened on arrival within the three days (some late, a few
 * recent arrivals not yet), a pre-release review for most people near or past release (some overdue), and actions
 * against the needs found, further on for people nearer release. Adds the rows to `rows`.
 */
export function planNeeds(c: DemoCase, today: IsoDate, random: DemoRandom, rows: DemoRows) {
  const lastDay = c.releaseDate && c.releaseDate < today ? c.releaseDate : today
  const clamp = (date: IsoDate) => (date > lastDay ? lastDay : date < c.arrivalDate ? c.arrivalDate : date)
  if (c.arrivalDate > today) return
  const recentArrival = addDays(c.arrivalDate, 30) > today
  if (recentArrival && random.chance(0.2)) return
  const arrivedOn = clamp(addDays(c.arrivalDate, random.chance(0.85) ? random.int(0, 3) : random.int(4, 12)))
  const arrival = arrivalAnswers(random)
  const womens = c.womensQuestions ? womensAnswers(random) : null
  addScreening(rows, c, 'arrival', arrivedOn, arrival, womens)

  const reviewedOn = reviewDate(c, today, random, clamp)
  let latest = arrival
  // Work is planned against a need from the day a screening found it: a need new at the review, from the review.
  const foundOn = (key: PathwayKey) => (hasNeed(arrival[key].status) || !reviewedOn ? arrivedOn : reviewedOn)
  if (reviewedOn && reviewedOn > arrivedOn) {
    latest = reviewAnswers(arrival, random)
    addScreening(rows, c, 'pre-release', reviewedOn, latest, womens && reviewWomens(womens, random))
  }
  addActions(rows, c, foundOn, lastDay, latest, today, random)
}

/**
 * When the pre-release review was done, if it was: for most people released, near its due date (a few late, a few
 * never); for people due out, some not yet (overdue); for those whose review is coming up, a few early.
 */
function reviewDate(c: DemoCase, today: IsoDate, random: DemoRandom, clamp: (date: IsoDate) => IsoDate) {
  const due = c.preReleaseReviewDueDate
  if (!due || addDays(due, -21) > today) return null
  const early = () => clamp(addDays(due, -random.int(0, 14)))
  if (c.releaseDate && c.releaseDate <= today) {
    if (random.chance(0.1)) return null
    return random.chance(0.85) ? early() : clamp(addDays(due, random.int(1, 10)))
  }
  if (due <= today) return random.chance(0.35) ? null : early()
  return random.chance(0.3) ? early() : null
}

function arrivalAnswers(random: DemoRandom): Record<PathwayKey, PathwayAnswer> {
  const answers = {} as Record<PathwayKey, PathwayAnswer>
  for (const { key } of NEEDS_CATALOGUE.pathways) {
    const words = DEMO_WORDS[key]
    if (random.chance(words.chance)) {
      const status: NeedStatus = random.chance(0.08) ? 'support-declined' : 'need-identified'
      answers[key] = { status, urgency: random.pick(URGENCIES), ownWords: random.pick(words.need) }
    } else {
      answers[key] = {
        status: 'no-need',
        urgency: null,
        ownWords: random.chance(0.5) ? random.pick(words.noNeed) : null,
      }
    }
  }
  return answers
}

/** Before release most needs are met or being worked on; a few get more pressing, and a few are new. */
function reviewAnswers(arrival: Record<PathwayKey, PathwayAnswer>, random: DemoRandom) {
  const answers = {} as Record<PathwayKey, PathwayAnswer>
  for (const { key } of NEEDS_CATALOGUE.pathways) {
    const before = arrival[key]
    const words = DEMO_WORDS[key]
    if (!hasNeed(before.status)) {
      answers[key] = random.chance(0.08)
        ? {
            status: 'need-identified',
            urgency: random.pick(['medium', 'high'] as const),
            ownWords: random.pick(words.review),
          }
        : before
      continue
    }
    const roll = random.next()
    const status: NeedStatus =
      roll < 0.35
        ? 'done'
        : roll < 0.7
          ? 'in-progress'
          : roll < 0.85
            ? before.status
            : roll < 0.95
              ? 'support-declined'
              : 'no-need'
    const urgency = status === 'no-need' ? null : shift(before.urgency!, random)
    answers[key] = { status, urgency, ownWords: random.chance(0.7) ? random.pick(words.review) : before.ownWords }
  }
  return answers
}

function shift(urgency: Urgency, random: DemoRandom): Urgency {
  const index = URGENCIES.indexOf(urgency)
  const moved = random.chance(0.4) ? index - 1 : random.chance(0.15) ? index + 1 : index
  return URGENCIES[Math.max(0, Math.min(URGENCIES.length - 1, moved))]!
}

function womensAnswers(random: DemoRandom) {
  return Object.fromEntries(
    NEEDS_CATALOGUE.womensNeeds.map(({ key }) => [
      key,
      random.chance(0.07) ? 'not-said' : random.chance(WOMENS_NEED_CHANCE[key]) ? 'yes' : 'no',
    ]),
  ) as Record<string, 'yes' | 'no' | 'not-said'>
}

function reviewWomens(arrival: Record<string, 'yes' | 'no' | 'not-said'>, random: DemoRandom) {
  return Object.fromEntries(
    Object.entries(arrival).map(([key, answer]) => [key, answer === 'not-said' && random.chance(0.5) ? 'yes' : answer]),
  ) as Record<string, 'yes' | 'no' | 'not-said'>
}

function addScreening(
  rows: DemoRows,
  c: DemoCase,
  kind: 'arrival' | 'pre-release',
  on: IsoDate,
  answers: Record<PathwayKey, PathwayAnswer>,
  womens: Record<string, 'yes' | 'no' | 'not-said'> | null,
) {
  const id = randomUUID()
  rows.screenings.push({
    id,
    person_id: c.personId,
    custody_episode_id: c.episodeId,
    kind,
    womens_needs_apply: womens !== null,
    screened_on: on,
    screened_by: c.recorder,
    updated_by: c.recorder,
    created_at: duringWorkingDay(on),
    updated_at: duringWorkingDay(on),
  })
  for (const [pathway, a] of Object.entries(answers)) {
    rows.pathways.push({ screening_id: id, pathway, status: a.status, urgency: a.urgency, own_words: a.ownWords })
  }
  for (const [need, answer] of Object.entries(womens ?? {})) rows.womensNeeds.push({ screening_id: id, need, answer })
}

/** One action for each need (two for some), with progress that follows where the need stands. */
function addActions(
  rows: DemoRows,
  c: DemoCase,
  foundOn: (key: PathwayKey) => IsoDate,
  lastDay: IsoDate,
  latest: Record<PathwayKey, PathwayAnswer>,
  today: IsoDate,
  random: DemoRandom,
) {
  for (const { key } of NEEDS_CATALOGUE.pathways) {
    const answer = latest[key]
    if (!hasNeed(answer.status)) continue
    const from = foundOn(key)
    const choices = [...DEMO_WORDS[key].actions]
    const count = random.chance(0.3) ? 2 : 1
    for (let i = 0; i < count && choices.length; i++) {
      const planned = choices.splice(random.int(0, choices.length - 1), 1)[0]!
      // Planned at some point in custody: soon after arrival for some, later in the sentence for others.
      const later = random.int(0, Math.max(0, Math.min(365, daysBetween(from, lastDay))))
      const created = minDate(addDays(from, random.chance(0.5) ? random.int(0, 5) : later), lastDay)
      const latestDue = c.earliestReleaseDate ? addDays(c.earliestReleaseDate, -7) : addDays(created, 180)
      const due = addDays(created, random.int(14, 120))
      const dueDate = due > latestDue && latestDue > addDays(created, 7) ? latestDue : due
      const released = c.releaseDate !== null && c.releaseDate <= today
      // Most work whose due date has passed was done; some is overdue.
      const finished = (released || dueDate < today) && random.chance(0.7)
      const progress = finished ? 'done' : progressFor(answer.status, random)
      const doneAfter = random.int(3, Math.max(3, daysBetween(created, dueDate) + 7))
      const doneOn = progress === 'done' ? minDate(addDays(created, doneAfter), lastDay, today) : null
      const completedOn = doneOn && doneOn < created ? created : doneOn
      rows.actions.push({
        person_id: c.personId,
        custody_episode_id: c.episodeId,
        pathway: key,
        description: planned.description,
        owner: planned.owner,
        owner_name: planned.ownerName ?? null,
        due_date: dueDate,
        progress,
        progress_note:
          progress === 'done'
            ? random.pick(DEMO_PROGRESS_NOTES.done)
            : answer.status === 'support-declined'
              ? random.pick(DEMO_PROGRESS_NOTES.declined)
              : progress === 'in-progress'
                ? random.pick(DEMO_PROGRESS_NOTES['in-progress'])
                : null,
        completed_on: completedOn,
        created_by: c.recorder,
        updated_by: c.recorder,
        created_at: duringWorkingDay(created),
        updated_at: duringWorkingDay(completedOn ?? created),
      })
    }
  }
}

/** Work follows where the need stands: done when it is met, started when it is in progress, waiting when declined. */
function progressFor(status: NeedStatus, random: DemoRandom): ActionProgress {
  if (status === 'done') return 'done'
  if (status === 'in-progress') return random.pick(['in-progress', 'done'] as const)
  if (status === 'support-declined') return 'not-started'
  return random.pick(['not-started', 'in-progress'] as const)
}

function minDate(...dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (a < b ? a : b))
}
