/**
 * The printed plan, for people without a screen: the person's page in the same plain words (short sentences,
 * everyday words, "you"), made from the plan as it stands. Pure.
 */
import { formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { PdfBlock, PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { PlanView } from './plans.mappers.ts'

export interface PrintablePlan {
  person: { firstName: string; lastName: string; preferredName: string | null; com: { name: string | null } | null }
  nextAppointment: { date: string; time: string; place: string } | null
  plan: PlanView
  printedOn: IsoDate
}

export function planPdf({ person, nextAppointment, plan, printedOn }: PrintablePlan): PdfContent {
  const name = `${person.preferredName ?? person.firstName} ${person.lastName}`
  const worker = person.com?.name
  const version = plan.version.number ? ` Version ${plan.version.number}.` : ''
  return {
    title: 'Your plan',
    subtitle: `For ${name}. Printed on ${formatLongDate(printedOn)}.${version}`,
    blocks: [
      { kind: 'heading', text: 'Who can help' },
      {
        kind: 'paragraph',
        text: worker ? `Your probation worker is ${worker}.` : 'We will tell you who your probation worker is.',
      },
      { kind: 'heading', text: 'Your next meeting' },
      {
        kind: 'paragraph',
        text: nextAppointment
          ? `${formatLongDate(nextAppointment.date)} at ${nextAppointment.time}. Go to: ${nextAppointment.place}`
          : 'We have not booked it yet. We will tell you the day and the time.',
      },
      ...goalBlocks(plan),
      ...listBlock(
        'What you are good at',
        plan.strengths.map(s => s.text),
      ),
      ...plan.controls.flatMap(c =>
        listBlock(
          c.plain,
          c.items.map(i => i.text),
        ),
      ),
      { kind: 'heading', text: 'Your licence rules' },
      { kind: 'paragraph', text: 'Everyone on licence must keep these rules. We means probation.' },
      { kind: 'list', items: plan.standardConditions.map(c => c.meaning) },
      ...listBlock(
        'Your extra licence rules',
        plan.conditions.map(c => c.meaning),
      ),
      ...listBlock(
        'People who help you',
        plan.supporters.map(s => `${s.name} (${s.relationship}). ${s.part} You said we can tell them: ${s.shares}`),
      ),
      { kind: 'heading', text: 'Do you agree with your plan?' },
      { kind: 'paragraph', text: answerLine(plan) },
    ],
  }
}

function goalBlocks(plan: PlanView): PdfBlock[] {
  if (!plan.goals.length)
    return [
      { kind: 'heading', text: 'Your goals' },
      { kind: 'paragraph', text: 'You have no goals yet.' },
    ]
  return [
    { kind: 'heading', text: 'Your goals' },
    ...plan.goals.flatMap((goal): PdfBlock[] => [
      { kind: 'heading', text: goal.text, level: 3 },
      {
        kind: 'paragraph',
        text: goal.writtenByPerson ? 'You wrote this goal.' : `${goal.by.name} wrote this goal with you.`,
      },
      ...(goal.steps.length
        ? [
            {
              kind: 'list' as const,
              items: goal.steps.map(
                s => `${s.text}. Who: ${s.ownerPlain}. By: ${formatLongDate(s.dueDate)}. ${s.statusPlain}.`,
              ),
            },
          ]
        : []),
    ]),
  ]
}

function listBlock(heading: string, items: string[]): PdfBlock[] {
  return items.length
    ? [
        { kind: 'heading', text: heading },
        { kind: 'list', items },
      ]
    : []
}

function answerLine(plan: PlanView): string {
  const answer = plan.version.answer
  if (!answer) return 'You have not said yet. Tell us.'
  return answer.agreed
    ? `You said yes on ${formatLongDate(answer.recordedOn)}.`
    : `You said no on ${formatLongDate(answer.recordedOn)}. We will talk about it with you.`
}
