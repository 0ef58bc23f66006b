/**
 * The needs pages' view-models: table rows, summary-list rows and radio items built here rather than in the
 * templates. Text a user typed only ever reaches HTML escaped.
 */
import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import { escapeHtml as escape } from '../../platform/web/escape-html.ts'
import {
  ACTION_OWNERS,
  ACTION_PROGRESS,
  NEED_STATUSES,
  NEEDS_CATALOGUE,
  NEEDS_LABELS,
  URGENCIES,
  WOMENS_NEED_ANSWERS,
  type ActionProgress,
  type NeedStatus,
  type PathwayKey,
  type ScreeningKind,
} from './needs.catalogue.ts'
import type { NeedAction, Screening } from './needs.mappers.ts'
import type { Deadline, PathwayChange } from './needs.rules.ts'
import { PATHWAY_ANSWER_LIMITS } from './needs.schemas.ts'
import type { NeedsSummary } from './needs-summary.ts'
import { CHANGE_WORDS } from './needs.wording.ts'

const tag = (text: string, colour: string, classes = '') =>
  `<strong class="govuk-tag govuk-tag--${colour}${classes}">${escape(text)}</strong>`

const STATUS_COLOURS: Record<NeedStatus, string> = {
  'no-need': 'grey',
  'need-identified': 'orange',
  'in-progress': 'blue',
  'support-declined': 'yellow',
  done: 'green',
}
const PROGRESS_COLOURS: Record<ActionProgress, string> = { 'not-started': 'grey', 'in-progress': 'blue', done: 'green' }
const CHANGE_COLOURS: Record<PathwayChange, string> = {
  'not-compared': 'grey',
  'new-need': 'orange',
  'no-longer-a-need': 'green',
  'need-met': 'green',
  'more-pressing': 'red',
  'less-pressing': 'blue',
  'status-changed': 'blue',
  'no-change': 'grey',
}

type Deadlines = { arrival: Deadline & { words: string }; preRelease: Deadline & { words: string } }
type WordedDeadline = Deadlines['arrival']

/** Where a deadline stands, with a tag when it is overdue or due today. */
export function deadlineHtml(d: WordedDeadline): string {
  const flag = d.state === 'overdue' ? tag('Overdue', 'red') : d.state === 'due-today' ? tag('Due today', 'orange') : ''
  return [flag, escape(d.words)].filter(Boolean).join(' ')
}

const KINDS: readonly ScreeningKind[] = ['arrival', 'pre-release']
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** The needs page: warnings, the screening deadlines, the needs by pathway, women's needs, and the actions. */
export function needsPage(personId: string, summary: Partial<NeedsSummary> & { canEdit: boolean }) {
  const { deadlines, screenings } = summary
  if (!deadlines || !screenings) return {}
  const byKind = (kind: ScreeningKind) => ({
    deadline: kind === 'arrival' ? deadlines.arrival : deadlines.preRelease,
    screening: kind === 'arrival' ? screenings.arrival : screenings.preRelease,
  })
  const latest = screenings.preRelease ?? screenings.arrival
  return {
    overdue: KINDS.filter(kind => byKind(kind).deadline.state === 'overdue').map(kind => ({
      kind,
      text: `The ${lower(NEEDS_LABELS.kinds[kind])} is overdue: it was due by ${formatLongDate(byKind(kind).deadline.dueDate)}.`,
    })),
    deadlineRows: KINDS.map(kind => deadlineRow(personId, kind, byKind(kind), summary.canEdit)),
    pathwayTable: latest ? pathwayTable(summary.pathways ?? [], latest, screenings.preRelease !== null) : null,
    womensTable: womensTable(summary.womensNeeds ?? [], screenings.preRelease !== null),
    actionRows: (summary.actions ?? []).map(actionRow),
  }
}

function deadlineRow(
  personId: string,
  kind: ScreeningKind,
  { deadline, screening }: { deadline: WordedDeadline; screening: Screening | null },
  canEdit: boolean,
) {
  const recordedBy = screening ? `<br><span class="govuk-hint">Recorded by ${escape(screening.screenedBy)}</span>` : ''
  return {
    key: { text: NEEDS_LABELS.kinds[kind] },
    value: { html: deadlineHtml(deadline) + recordedBy },
    actions: canEdit
      ? {
          items: [
            {
              href: `/people/${personId}/needs/screening/${kind}`,
              text: screening ? 'Change' : 'Record',
              visuallyHiddenText: lower(NEEDS_LABELS.kinds[kind]),
              attributes: { 'data-qa': `record-${kind}` },
            },
          ],
        }
      : undefined,
  }
}

function pathwayTable(pathways: NeedsSummary['pathways'], latest: Screening, reviewed: boolean) {
  const kind = latest.kind === 'arrival' ? NEEDS_LABELS.kinds.arrival : NEEDS_LABELS.kinds['pre-release']
  return {
    caption: `From the ${lower(kind)} recorded on ${formatLongDate(latest.screenedOn)}`,
    captionClasses: 'govuk-table__caption--s',
    attributes: { 'data-qa': 'needs-table' },
    head: [
      { text: 'Pathway' },
      { text: 'Status' },
      { text: 'How pressing' },
      { text: 'In their own words' },
      ...(reviewed ? [{ text: 'Since arrival' }] : []),
    ],
    rows: pathways.map(p => [
      {
        html: [
          escape(p.label),
          ...p.womensNeeds.map(n => tag(NEEDS_LABELS.womensNeeds[n], 'purple', ' govuk-!-margin-top-1')),
        ].join('<br>'),
        attributes: { 'data-qa': 'pathway' },
      },
      {
        html: p.latest ? tag(NEEDS_LABELS.statuses[p.latest.status], STATUS_COLOURS[p.latest.status]) : 'Not answered',
      },
      { text: p.latest?.urgency ? NEEDS_LABELS.urgencies[p.latest.urgency] : 'None' },
      { text: p.latest?.ownWords || 'Nothing recorded' },
      ...(reviewed && p.change ? [{ html: tag(CHANGE_WORDS[p.change], CHANGE_COLOURS[p.change]) }] : []),
    ]),
  }
}

function womensTable(womensNeeds: NeedsSummary['womensNeeds'], reviewed: boolean) {
  if (!womensNeeds.length) return null
  const answer = (a: (typeof womensNeeds)[number]['arrival']) => ({ text: a ? NEEDS_LABELS.answers[a] : 'Not asked' })
  return {
    caption: 'Needs particular to women',
    captionClasses: 'govuk-visually-hidden',
    attributes: { 'data-qa': 'womens-needs' },
    head: [{ text: 'Need' }, { text: 'On arrival' }, ...(reviewed ? [{ text: 'Before release' }] : [])],
    rows: womensNeeds.map(w => [
      { text: NEEDS_LABELS.womensNeeds[w.need] },
      answer(w.arrival),
      ...(reviewed ? [answer(w.preRelease)] : []),
    ]),
  }
}

/** One action in words; the template adds the links and the "mark as done" form. */
function actionRow(a: NeedAction) {
  return {
    ...a,
    need: NEEDS_LABELS.pathways[a.pathway as PathwayKey] ?? a.pathway,
    who: NEEDS_LABELS.owners[a.owner] + (a.ownerName ? `: ${a.ownerName}` : ''),
    progressTag: { text: NEEDS_LABELS.progress[a.progress], classes: `govuk-tag--${PROGRESS_COLOURS[a.progress]}` },
  }
}

const items = <K extends string>(keys: readonly K[], names: Record<K, string>) =>
  keys.map(value => ({ value, text: names[value] }))

const pathwayField = (key: string, part: string) => `pathways.${key}.${part}`

/** The screening form: the questions for women, and each pathway's status, urgency and own words. */
export function screeningFormView() {
  const answers = items(WOMENS_NEED_ANSWERS, NEEDS_LABELS.answers)
  return {
    womensQuestions: NEEDS_CATALOGUE.womensNeeds.map(n => ({
      name: `womensNeeds.${n.key}`,
      idPrefix: `womensNeeds-${n.key}`,
      question: n.question,
      hint: `Recorded under ${lower(NEEDS_LABELS.pathways[n.pathway])}`,
      items: answers,
    })),
    pathwayFields: NEEDS_CATALOGUE.pathways.map(p => ({
      key: p.key,
      label: p.label,
      hint: p.hint,
      status: { name: pathwayField(p.key, 'status'), idPrefix: `pathways-${p.key}-status` },
      urgency: { name: pathwayField(p.key, 'urgency'), idPrefix: `pathways-${p.key}-urgency` },
      ownWords: { name: pathwayField(p.key, 'ownWords'), id: `pathways-${p.key}-ownWords` },
    })),
    statusItems: items(NEED_STATUSES, NEEDS_LABELS.statuses),
    urgencyItems: items(URGENCIES, NEEDS_LABELS.urgencies),
    limits: Object.fromEntries(
      NEEDS_CATALOGUE.pathways.map(p => [pathwayField(p.key, 'ownWords'), PATHWAY_ANSWER_LIMITS.ownWords]),
    ),
  }
}

/** The action forms' choices: the needs found, who does it, and how far along it is. */
export function actionFormView(pathways: readonly PathwayKey[]) {
  return {
    pathwayItems: items(pathways, NEEDS_LABELS.pathways),
    ownerItems: items(ACTION_OWNERS, NEEDS_LABELS.owners),
    progressItems: items(ACTION_PROGRESS, NEEDS_LABELS.progress),
  }
}
