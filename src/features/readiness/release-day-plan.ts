/**
 * The release-day plan: one page for the person, in plain words (aimed at a reading age of 9: short sentences,
 * everyday words, "you") and in their language (readiness/locales), made only from what is recorded. Where
 * something is not sorted yet, it says so and who will sort it. Pure.
 */
import {
  formatDate,
  formatDayAndDate,
  formatTimeIn,
  translator,
  type Language,
  type Translate,
} from '../../platform/i18n/i18n.ts'
import type { Readiness } from './readiness.mappers.ts'
import type { ItemKey } from './readiness.rules.ts'
import { formatTime } from './time-of-day.ts'

export interface PlanSection {
  heading: string
  lines: string[]
  /** Text kept as recorded (an address, a place): shown on its own lines. */
  recorded?: string
}

/** The plan's words: the person's language, English by default (the API and the practitioner's print). */
export interface PlanWords {
  t: Translate
  lang: Language
}

const ENGLISH: PlanWords = { t: translator('en'), lang: 'en' }

const ID_TYPES = [
  'passport',
  'driving-licence',
  'birth-certificate',
  'biometric-residence-permit',
  'national-identity-card',
  'citizen-card',
]

/** Benefit names are the same in both languages. */
const BENEFIT_WORDS: Record<string, string> = {
  'universal-credit': 'Universal Credit',
  'pension-credit': 'Pension Credit',
  'new-style-esa': 'ESA',
  'new-style-jsa': 'JSA',
  'personal-independence-payment': 'PIP',
}

const R = 'readiness:releaseDay'

export function releaseDayPlan(input: { comName: string | null; readiness: Readiness }, words: PlanWords = ENGLISH) {
  const { t, lang } = words
  const { readiness } = input
  const item = (key: ItemKey) => readiness.items.find(i => i.key === key)!
  const met = (key: ItemKey) => item(key).status === 'met'
  const detail = (key: ItemKey, field: string) => {
    const value = item(key).details[field]
    return typeof value === 'string' ? value : ''
  }
  const worker = input.comName ?? t(`${R}.yourWorker`)
  const workerStart = input.comName ?? t(`${R}.yourWorkerStart`)
  const day = (date: string) => formatDayAndDate(lang, date)

  const sections: PlanSection[] = [
    whenYouLeave(readiness, words),
    met('accommodation')
      ? {
          heading: t(`${R}.stay.heading`),
          lines: detail('accommodation', 'contact')
            ? [t(`${R}.stay.askFor`, { contact: detail('accommodation', 'contact') })]
            : [],
          recorded: detail('accommodation', 'address'),
        }
      : {
          heading: t(`${R}.stay.heading`),
          lines: [
            t(`${R}.stay.finding`),
            ...readiness.housingDuty.referrals.slice(-1).map(r => t(`${R}.stay.council`, { council: r.council })),
            t(`${R}.stay.willTell`, { worker: workerStart }),
          ],
        },
    met('first-appointment')
      ? {
          heading: t(`${R}.meeting.heading`),
          lines: [
            t(`${R}.meeting.meet`, {
              worker,
              date: day(detail('first-appointment', 'appointmentDate')),
              time: formatTimeIn(lang, detail('first-appointment', 'appointmentTime'), formatTime),
            }),
            t(`${R}.meeting.mustGo`),
            t(`${R}.meeting.goTo`),
          ],
          recorded: detail('first-appointment', 'appointmentPlace'),
        }
      : { heading: t(`${R}.meeting.heading`), lines: [t(`${R}.meeting.notBooked`), t(`${R}.meeting.willTell`)] },
    met('travel')
      ? { heading: t(`${R}.travel.heading`), lines: [], recorded: detail('travel', 'travelArrangements') }
      : { heading: t(`${R}.travel.heading`), lines: [t(`${R}.travel.sorting`)] },
    { heading: t(`${R}.idBank.heading`), lines: [idLine(readiness, words), bankLine(readiness, words)] },
    ...moneySection(readiness, words),
    { heading: t(`${R}.health.heading`), lines: healthLines(readiness, words), recorded: doctor(readiness) },
    {
      heading: t(`${R}.rules.heading`),
      lines: [
        met('licence-conditions')
          ? t(`${R}.rules.explained`, { date: formatDate(lang, detail('licence-conditions', 'explainedOn')) })
          : t(`${R}.rules.willExplain`),
        t(`${R}.rules.ask`, { worker }),
      ],
    },
    {
      heading: t(`${R}.help.heading`),
      lines: [input.comName ? t('probationWorker.named', { name: input.comName }) : t('probationWorker.none')],
    },
  ]
  return { sections, bring: whatToBring(readiness, words) }
}

export type ReleaseDayPlan = ReturnType<typeof releaseDayPlan>

function whenYouLeave(readiness: Readiness, { t, lang }: PlanWords): PlanSection {
  const heading = t(`${R}.leave.heading`)
  const day = (date: string) => formatDayAndDate(lang, date)
  const release = readiness.releaseDate
  if (!release) return { heading, lines: [t(`${R}.leave.unknown`)] }
  if (readiness.released) return { heading, lines: [t(`${R}.leave.left`, { date: day(release) })] }
  const lines = [t(`${R}.leave.leave`, { date: day(release) })]
  if (readiness.releaseDateEstimated) lines.push(t(`${R}.leave.canChange`))
  for (const warning of readiness.releaseDay?.warnings ?? []) {
    if (warning.kind === 'friday') lines.push(t(`${R}.leave.friday`))
    if (warning.kind === 'before-bank-holiday') {
      lines.push(t(`${R}.leave.bankHoliday`, { date: day(warning.holiday.date) }))
    }
  }
  const closed = readiness.releaseDay?.closedDaysAfter.length ?? 0
  if (closed > 2) lines.push(t(`${R}.leave.closed`, { count: closed }))
  if (readiness.releaseDay?.warnings.some(w => w.kind !== 'bank-holidays-not-known')) {
    lines.push(t(`${R}.leave.sortOnTheDay`))
  }
  return { heading, lines }
}

/** The kind of ID in words, or nothing when it is not one the plan names. */
function idWords(readiness: Readiness, { t }: PlanWords): string | undefined {
  const type = String(readiness.items.find(i => i.key === 'identity')!.details.idType)
  return ID_TYPES.includes(type) ? t(`${R}.id.${type}`) : undefined
}

function idLine(readiness: Readiness, words: PlanWords): string {
  const { t } = words
  const id = readiness.items.find(i => i.key === 'identity')!
  const type = idWords(readiness, words)
  if (id.status === 'met' && type) return t(`${R}.idBank.idReady`, { id: type })
  if (id.details.idStatus === 'applied' && type) return t(`${R}.idBank.idAsked`, { id: type })
  return t(`${R}.idBank.noId`)
}

function bankLine(readiness: Readiness, { t }: PlanWords): string {
  const bank = readiness.items.find(i => i.key === 'bank-account')!
  return bank.status === 'met'
    ? t(`${R}.idBank.bank`, { bank: String(bank.details.bankName) })
    : t(`${R}.idBank.noBank`)
}

function moneySection(readiness: Readiness, { t }: PlanWords): PlanSection[] {
  const benefits = readiness.items.find(i => i.key === 'benefits')!
  if (benefits.status === 'not-needed') return []
  const benefit = BENEFIT_WORDS[String(benefits.details.benefit)]
  return [
    {
      heading: t(`${R}.money.heading`),
      lines: [benefits.status === 'met' && benefit ? t(`${R}.money.claimed`, { benefit }) : t(`${R}.money.claiming`)],
    },
  ]
}

function healthLines(readiness: Readiness, { t }: PlanWords): string[] {
  const gp = readiness.items.find(i => i.key === 'gp')!
  const medication = readiness.items.find(i => i.key === 'medication')!
  const lines = [gp.status === 'met' ? t(`${R}.health.gp`) : t(`${R}.health.noGp`)]
  if (medication.status === 'met')
    lines.unshift(t(`${R}.health.medicine`, { medicine: String(medication.details.medicationArrangements) }))
  else if (medication.status !== 'not-needed') lines.unshift(t(`${R}.health.sortingMedicine`))
  return lines
}

function doctor(readiness: Readiness): string | undefined {
  const gp = readiness.items.find(i => i.key === 'gp')!
  return gp.status === 'met' ? String(gp.details.gpPractice) : undefined
}

function whatToBring(readiness: Readiness, words: PlanWords): string[] {
  const { t } = words
  const met = (key: ItemKey) => readiness.items.find(i => i.key === key)!.status === 'met'
  const id = idWords(readiness, words)
  return [
    t(`${R}.bring.plan`),
    t(`${R}.bring.licence`),
    ...(met('identity') && id ? [t(`${R}.bring.id`, { id })] : []),
    ...(met('bank-account') ? [t(`${R}.bring.bankCard`)] : []),
    ...(met('medication') ? [t(`${R}.bring.medicine`)] : []),
  ]
}
