/**
 * The release-day plan: one page for the person, in plain words (aimed at a reading age of 9: short sentences,
 * everyday words, "you"), made only from what is recorded. Where something is not sorted yet, it says so and
 * who will sort it. Pure.
 */
import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import { dayAndDate, type Readiness } from './readiness.mappers.ts'
import type { ItemKey } from './readiness.rules.ts'
import { formatTime } from './time-of-day.ts'

export interface PlanSection {
  heading: string
  lines: string[]
  /** Text kept as recorded (an address, a place): shown on its own lines. */
  recorded?: string
}

const ID_WORDS: Record<string, string> = {
  passport: 'passport',
  'driving-licence': 'driving licence',
  'birth-certificate': 'birth certificate',
  'biometric-residence-permit': 'residence permit',
  'national-identity-card': 'ID card',
  'citizen-card': 'CitizenCard',
}

const BENEFIT_WORDS: Record<string, string> = {
  'universal-credit': 'Universal Credit',
  'pension-credit': 'Pension Credit',
  'new-style-esa': 'ESA',
  'new-style-jsa': 'JSA',
  'personal-independence-payment': 'PIP',
}

export function releaseDayPlan(input: { comName: string | null; readiness: Readiness }) {
  const { readiness } = input
  const item = (key: ItemKey) => readiness.items.find(i => i.key === key)!
  const met = (key: ItemKey) => item(key).status === 'met'
  const detail = (key: ItemKey, field: string) => {
    const value = item(key).details[field]
    return typeof value === 'string' ? value : ''
  }
  const worker = input.comName ?? 'your probation worker'

  const sections: PlanSection[] = [
    whenYouLeave(readiness),
    met('accommodation')
      ? {
          heading: 'Where you will stay',
          lines: detail('accommodation', 'contact')
            ? [`When you get there, ask for ${detail('accommodation', 'contact')}.`]
            : [],
          recorded: detail('accommodation', 'address'),
        }
      : {
          heading: 'Where you will stay',
          lines: [
            'We are still finding you a place to stay.',
            ...readiness.housingDuty.referrals
              .slice(-1)
              .map(r => `We have asked ${r.council} to help you find a home.`),
            `${capitalised(worker)} will tell you where to go.`,
          ],
        },
    met('first-appointment')
      ? {
          heading: 'Your first meeting with probation',
          lines: [
            `Meet ${worker} on ${dayAndDate(detail('first-appointment', 'appointmentDate'))} at ${formatTime(detail('first-appointment', 'appointmentTime'))}.`,
            'You must go. It is part of your licence.',
            'Go to:',
          ],
          recorded: detail('first-appointment', 'appointmentPlace'),
        }
      : {
          heading: 'Your first meeting with probation',
          lines: ['We have not booked it yet.', 'We will tell you the day and the time.'],
        },
    met('travel')
      ? { heading: 'How you will get there', lines: [], recorded: detail('travel', 'travelArrangements') }
      : { heading: 'How you will get there', lines: ['We are still sorting this out.'] },
    { heading: 'Your ID and bank account', lines: [idLine(readiness), bankLine(readiness)] },
    ...moneySection(readiness),
    { heading: 'Your doctor and medicine', lines: healthLines(readiness), recorded: doctor(readiness) },
    {
      heading: 'Your licence rules',
      lines: [
        met('licence-conditions')
          ? `We went through your licence rules with you on ${formatLongDate(detail('licence-conditions', 'explainedOn'))}. You said you understand them.`
          : 'Before you leave, we will go through your licence rules with you.',
        `If you are not sure about a rule, ask ${worker}.`,
      ],
    },
    {
      heading: 'Who can help',
      lines: [
        input.comName ? `Your probation worker is ${input.comName}.` : 'We will tell you who your probation worker is.',
      ],
    },
  ]
  return { sections, bring: whatToBring(readiness) }
}

export type ReleaseDayPlan = ReturnType<typeof releaseDayPlan>

function whenYouLeave(readiness: Readiness): PlanSection {
  const heading = 'When you leave'
  const release = readiness.releaseDate
  if (!release) return { heading, lines: ['We do not know the day you leave yet.'] }
  if (readiness.released) return { heading, lines: [`You left prison on ${dayAndDate(release)}.`] }
  const lines = [`You leave prison on ${dayAndDate(release)}.`]
  if (readiness.releaseDateEstimated) lines.push('This date can change. We will tell you if it does.')
  for (const warning of readiness.releaseDay?.warnings ?? []) {
    if (warning.kind === 'friday') lines.push('That day is a Friday. Lots of offices are shut at the weekend.')
    if (warning.kind === 'before-bank-holiday') {
      lines.push(`${dayAndDate(warning.holiday.date)} is a bank holiday. Lots of offices are shut that day.`)
    }
  }
  const closed = readiness.releaseDay?.closedDaysAfter.length ?? 0
  if (closed > 2) lines.push(`Offices will be shut for ${closed} days after you leave.`)
  if (readiness.releaseDay?.warnings.some(w => w.kind !== 'bank-holidays-not-known')) {
    lines.push('So try to sort things out on the day you leave.')
  }
  return { heading, lines }
}

function idLine(readiness: Readiness): string {
  const id = readiness.items.find(i => i.key === 'identity')!
  const type = ID_WORDS[String(id.details.idType)]
  if (id.status === 'met' && type) return `Your ID is ready. It is your ${type}.`
  if (id.details.idStatus === 'applied' && type) return `We have asked for your ${type}. It is not ready yet.`
  return 'You do not have ID yet. We will help you get it.'
}

function bankLine(readiness: Readiness): string {
  const bank = readiness.items.find(i => i.key === 'bank-account')!
  return bank.status === 'met'
    ? `You have a bank account with ${String(bank.details.bankName)}.`
    : 'You do not have a bank account yet. We will help you open one.'
}

function moneySection(readiness: Readiness): PlanSection[] {
  const benefits = readiness.items.find(i => i.key === 'benefits')!
  if (benefits.status === 'not-needed') return []
  const benefit = BENEFIT_WORDS[String(benefits.details.benefit)]
  return [
    {
      heading: 'Money',
      lines: [
        benefits.status === 'met' && benefit
          ? `We have helped you claim ${benefit}.`
          : 'We are still helping you claim the money you can get.',
      ],
    },
  ]
}

function healthLines(readiness: Readiness): string[] {
  const gp = readiness.items.find(i => i.key === 'gp')!
  const medication = readiness.items.find(i => i.key === 'medication')!
  const lines = [gp.status === 'met' ? 'Your doctor (GP) is at:' : 'You do not have a doctor (GP) yet. We will help.']
  if (medication.status === 'met') lines.unshift(`Your medicine: ${String(medication.details.medicationArrangements)}`)
  else if (medication.status !== 'not-needed') lines.unshift('We are still sorting out your medicine.')
  return lines
}

function doctor(readiness: Readiness): string | undefined {
  const gp = readiness.items.find(i => i.key === 'gp')!
  return gp.status === 'met' ? String(gp.details.gpPractice) : undefined
}

function whatToBring(readiness: Readiness): string[] {
  const met = (key: ItemKey) => readiness.items.find(i => i.key === key)!.status === 'met'
  const id = ID_WORDS[String(readiness.items.find(i => i.key === 'identity')!.details.idType)]
  return [
    'This plan',
    'Your licence (the paper with your rules on it)',
    ...(met('identity') && id ? [`Your ${id}`] : []),
    ...(met('bank-account') ? ['Your bank card'] : []),
    ...(met('medication') ? ['Your medicine'] : []),
  ]
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
