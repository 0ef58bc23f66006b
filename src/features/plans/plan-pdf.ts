/**
 * The printed plan, for people without a screen: the person's page in the same plain words (short sentences,
 * everyday words, "you") and in their language, made from the plan as it stands. Pure.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { formatDate, type Language, type Translate } from '../../platform/i18n/i18n.ts'
import type { PdfBlock, PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { PlanView } from './plans.mappers.ts'

export interface PrintablePlan {
  person: { firstName: string; lastName: string; preferredName: string | null; com: { name: string | null } | null }
  nextAppointment: { date: string; time: string; place: string } | null
  plan: PlanView
  printedOn: IsoDate
}

type Step = PlanView['goals'][number]['steps'][number]

export function planPdf(
  { person, nextAppointment, plan, printedOn }: PrintablePlan,
  t: Translate,
  lang: Language,
): PdfContent {
  const name = `${person.preferredName ?? person.firstName} ${person.lastName}`
  const worker = person.com?.name
  const date = (value: string) => formatDate(lang, value)
  const version = plan.version.number ? ` ${t('plans:history.version', { number: plan.version.number })}.` : ''
  const who = (step: Step) =>
    step.forPerson
      ? t('plans:step.you')
      : step.owner.kind === 'practitioner'
        ? (worker ?? t('plans:step.yourWorker'))
        : (step.owner.name ?? t('plans:step.someoneHelping'))
  const stepLine = (s: Step) =>
    `${s.text}. ${t('plans:step.line', { who: who(s), date: date(s.dueDate), status: t(`plans:step.${s.status}`) })}`
  const goals: PdfBlock[] = plan.goals.length
    ? plan.goals.flatMap((goal): PdfBlock[] => [
        { kind: 'heading', text: goal.text, level: 3 },
        {
          kind: 'paragraph',
          text: goal.writtenByPerson
            ? t('plans:goals.youWrote')
            : t('plans:goals.wroteWithYou', { name: goal.by.name }),
        },
        ...(goal.achievedOn
          ? [{ kind: 'paragraph' as const, text: t('plans:goals.achieved', { date: date(goal.achievedOn) }) }]
          : []),
        ...(goal.steps.length ? [{ kind: 'list' as const, items: goal.steps.map(stepLine) }] : []),
      ])
    : [{ kind: 'paragraph', text: t('plans:goals.none') }]
  return {
    title: t('plans:pdf.title'),
    subtitle: `${t('plans:pdf.printedFor', { name, date: date(printedOn) })}${version}`,
    blocks: [
      { kind: 'heading', text: t('plans:whoCanHelp') },
      {
        kind: 'paragraph',
        text: worker ? t('probationWorker.named', { name: worker }) : t('probationWorker.none'),
      },
      { kind: 'heading', text: t('plans:nextMeeting.heading') },
      {
        kind: 'paragraph',
        text: nextAppointment
          ? t('plans:nextMeeting.booked', { ...nextAppointment, date: date(nextAppointment.date) })
          : t('plans:nextMeeting.notBooked'),
      },
      { kind: 'heading', text: t('plans:goals.heading') },
      ...goals,
      // The person's strengths, from their strengths profile.
      ...listBlock(
        t('plans:goodAt'),
        plan.strengths.map(s => s.text),
      ),
      ...plan.controls.flatMap(c =>
        listBlock(
          t(`plans:controls.${c.type}`),
          c.items.map(i => i.text),
        ),
      ),
      { kind: 'heading', text: t('plans:rules.heading') },
      { kind: 'paragraph', text: t('plans:rules.intro') },
      { kind: 'list', items: plan.standardConditions.map(c => t(`plans:rules.${c.key}`)) },
      ...listBlock(
        t('plans:rules.extra'),
        plan.conditions.map(c => c.meaning),
      ),
      ...listBlock(
        t('plans:supporters.heading'),
        plan.supporters.map(
          s => `${s.name} (${s.relationship}). ${s.part} ${t('plans:supporters.shares', { shares: s.shares })}`,
        ),
      ),
      { kind: 'heading', text: t('plans:agreementTitle') },
      { kind: 'paragraph', text: answerLine(plan, t, date) },
    ],
  }
}

function listBlock(heading: string, items: string[]): PdfBlock[] {
  return items.length
    ? [
        { kind: 'heading', text: heading },
        { kind: 'list', items },
      ]
    : []
}

function answerLine(plan: PlanView, t: Translate, date: (value: string) => string): string {
  const answer = plan.version.answer
  if (!answer) return t('plans:pdf.noAnswer')
  return t(answer.agreed ? 'plans:pdf.agreedOn' : 'plans:status.disagreed', { date: date(answer.recordedOn) })
}
