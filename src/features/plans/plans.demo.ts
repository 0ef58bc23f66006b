/**
 * Believable, fictional plans for the demo: the demo person's own plan (a first version they did not agree with,
 * and a second, changed, waiting for their answer) and plans for a dozen other people of the demo COM whose licence
 * has not ended, most agreed, a few made only of compliance so that the balance warning shows. Each history reads in
 * order: the plan is made some weeks after the person arrived in custody, answered days later, changed after the
 * answer, and a step is marked done after it was planned; nothing after today. The same plans on every machine
 * (only the ids differ).
 */
import { randomUUID } from 'node:crypto'
import { addDays, earliest, latest, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import type { Author, PlanContent } from './plan-content.ts'

const OWN_GOALS: [string, string, string][] = [
  ['I want to get a job as a bricklayer', 'education-skills-work', 'Find a bricklaying course near home'],
  ['See my kids every week', 'children-families-communities', 'Ask the family court worker about contact'],
  ['Stay off the gear', 'drugs-alcohol', 'Go to the first meeting with the drug service'],
  ['Get my own flat', 'accommodation', 'Fill in the housing form with the council'],
  ['Sort out my debts', 'finance-id', 'Book a session with the debt advice service'],
]

const TRIGGERS = ['Payday and having cash on me', 'Seeing my old mates from the estate', 'Rows with my ex']
const COPING = ['Going to the gym', 'Ringing my sister', 'Walking the dog']
const STRENGTHS = ['Good with my hands', 'Close to my nan', 'Finished a level 1 English course inside']
const SUPPORTERS: [string, string, string, string][] = [
  ['Denise Walker', 'sister', 'My release date and where I will live', 'She will pick me up on the day I leave'],
  ['Marcus Osei', 'friend from the gym', 'My appointments', 'He will go to the gym with me twice a week'],
  ['Pat Hughes', 'nan', 'Where I will live', 'I can have tea at hers on Sundays'],
  ['Joanne Byrne', 'mentor from the church group', 'My plan and my appointments', 'She will ring me every week'],
]

interface DemoPlanCase {
  personId: string
  comId: string
  comName: string
  accountId: string | null
  accountName: string | null
  arrival: IsoDate
}

export async function seedPlansDemo(tx: Db, today: IsoDate): Promise<{ plans: number }> {
  const rows = await tx
    .selectFrom('person as p')
    .innerJoin('app_user as com', 'com.id', 'p.com_id')
    .leftJoin('app_user as account', 'account.person_id', 'p.id')
    .innerJoinLateral(
      eb =>
        eb
          .selectFrom('custody_episode as e')
          .select(['e.sentence_start_date', 'e.licence_expiry_date'])
          .whereRef('e.person_id', '=', 'p.id')
          .orderBy('e.sentence_start_date', 'desc')
          .limit(1)
          .as('e'),
      join => join.onTrue(),
    )
    .select(['p.id as personId', 'com.id as comId', 'com.display_name as comName', 'e.sentence_start_date as arrival'])
    .select(['account.id as accountId', 'account.display_name as accountName'])
    .where('com.username', '=', 'com')
    .where('e.sentence_start_date', '<=', today)
    // A plan is for the licence still to come or being served; one whose licence has ended is closed.
    .where(eb => eb.or([eb('e.licence_expiry_date', 'is', null), eb('e.licence_expiry_date', '>=', today)]))
    .orderBy(eb => eb('account.id', 'is', null))
    .orderBy('p.crn')
    .limit(13)
    .execute()
  for (const [n, row] of rows.entries()) await seedOne(tx, row, n, today)
  return { plans: rows.length }
}

/** A moment of a demo day, so that what happens on one day happens in order. */
const at = (date: IsoDate, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`)

async function seedOne(tx: Db, c: DemoPlanCase, n: number, today: IsoDate) {
  const com: Author = { userId: c.comId, name: c.comName, role: 'practitioner' }
  const forAccount = c.accountId !== null
  // Made a few weeks after arrival, or in the last two months for those who arrived long ago; at least ten days
  // back, so that the answer and the changes after it have happened by today.
  const made = latest(
    c.arrival,
    earliest(latest(addDays(c.arrival, 21), addDays(today, -60 + 2 * n)), addDays(today, -10)),
  )!
  const answeredOn = earliest(addDays(made, 4), today)!
  const changedOn = earliest(addDays(answeredOn, 2), today)!

  const first = draft(com, n, made, today)
  const onlyCompliance = n % 5 === 4
  const goals = onlyCompliance ? first.goals.filter(g => g.kind === 'compliance') : first.goals
  const v1: PlanContent = { ...first, goals, steps: first.steps.filter(s => goals.some(g => g.id === s.goalId)) }
  // The demo person said no to one step; their COM changed it, and version 2 waits for their answer.
  const v2: PlanContent = {
    ...v1,
    steps: v1.steps.map((s, i) =>
      i === 1 ? { ...s, text: 'Give you the number for the course, so you can ring them', changedBy: com } : s,
    ),
  }
  const versions = forAccount ? [v1, v2] : [v1]
  const current = versions.at(-1)!
  // Where the person's first step fell due before today, they did it two days before it was due.
  const ownStep = current.steps[0]!
  const doneOn = addDays(ownStep.dueDate, -2)
  const progress = ownStep.owner.kind === 'person' && ownStep.dueDate < today && doneOn > changedOn
  const marker: Author = forAccount ? { userId: c.accountId!, name: c.accountName!, role: 'person' } : com
  const done: PlanContent = {
    ...current,
    steps: current.steps.map(s => (s.id === ownStep.id ? { ...s, status: 'done', statusBy: marker } : s)),
  }
  // For some without an account, the COM has since marked their own goal achieved (progress, not a new version), and
  // the strengths page offers to record it as an achievement.
  const achieving = !forAccount && n % 4 === 1 && current.goals.some(g => g.kind === 'own')
  const before = progress ? done : current
  const achievedOn = earliest(addDays(progress ? doneOn : changedOn, 1), addDays(today, -1))!
  const achieved: PlanContent = {
    ...before,
    goals: before.goals.map(g => (g.kind === 'own' ? { ...g, achievedOn, achievedBy: com } : g)),
  }
  const saves = [
    ...versions.map((content, i) => ({
      content,
      version: i + 1,
      material: true,
      on: at(i ? changedOn : made, i ? 16 : 10),
    })),
    ...(progress ? [{ content: done, version: versions.length, material: false, on: at(doneOn, 17) }] : []),
    ...(achieving ? [{ content: achieved, version: versions.length, material: false, on: at(achievedOn, 18) }] : []),
  ]
  const last = saves.at(-1)!

  const planId = randomUUID()
  await tx
    .insertInto('plan')
    .values({
      id: planId,
      person_id: c.personId,
      content: JSON.stringify(last.content),
      revision: saves.length,
      version_number: versions.length,
      updated_by: c.comId,
      created_at: saves[0]!.on,
      updated_at: last.on,
    })
    .execute()
  for (const [i, save] of saves.entries()) {
    const byPerson = !save.material && forAccount
    await tx
      .insertInto('plan_revision')
      .values({
        plan_id: planId,
        revision: i + 1,
        version_number: save.version,
        material: save.material,
        content: JSON.stringify(save.content),
        changed_by: byPerson ? c.accountId! : c.comId,
        changed_by_role: byPerson ? 'person' : 'practitioner',
        created_at: save.on,
      })
      .execute()
  }
  for (const save of saves.filter(s => s.material)) {
    await tx
      .insertInto('plan_version')
      .values({
        plan_id: planId,
        person_id: c.personId,
        number: save.version,
        content: JSON.stringify(save.content),
        changed_by: c.comId,
        changed_by_role: 'practitioner',
        created_at: save.on,
        updated_at: save.on,
      })
      .execute()
  }
  if (forAccount || n % 3 !== 2) {
    await tx
      .insertInto('plan_agreement')
      .values({
        plan_id: planId,
        person_id: c.personId,
        version_number: 1,
        agreed: !forAccount,
        comments: forAccount ? 'I can ring the course myself. I do not need you to refer me.' : null,
        disagreed_step_ids: JSON.stringify(forAccount ? [v1.steps[1]!.id] : []),
        recorded_on: answeredOn,
        recorded_by: c.accountId ?? c.comId,
        recorded_by_role: forAccount ? 'person' : 'practitioner',
        created_at: at(answeredOn, 14),
      })
      .execute()
  }
}

/** The first version, made on `made`: every step due on or after that day, the person's own first. */
function draft(com: Author, n: number, made: IsoDate, today: IsoDate): PlanContent {
  const [goalText, pathway, stepText] = OWN_GOALS[n % OWN_GOALS.length]!
  const [name, relationship, shares, part] = SUPPORTERS[n % SUPPORTERS.length]!
  const own = randomUUID()
  const compliance = randomUUID()
  const soon = (days: number) => latest(addDays(made, days), addDays(today, days - 14))!
  return {
    goals: [
      { id: own, text: goalText, kind: 'own', pathway, buildsOn: STRENGTHS[n % STRENGTHS.length]!, by: com },
      { id: compliance, text: 'Keep to my licence', kind: 'compliance', pathway: null, buildsOn: null, by: com },
    ],
    steps: [
      step(own, stepText, 'person', null, addDays(made, 14 + n), com),
      step(own, 'Refer you to Next Step Employment', 'practitioner', null, soon(21 + n), com),
      step(compliance, 'Go to every probation meeting', 'person', null, soon(45), com),
      step(own, 'Help with the application form', 'partner', 'Harbour Housing Trust', soon(35), com),
    ],
    controls: [
      { id: randomUUID(), type: 'trigger', text: TRIGGERS[n % TRIGGERS.length]!, by: com },
      { id: randomUUID(), type: 'coping', text: COPING[n % COPING.length]!, by: com },
    ],
    conditions:
      n % 2 === 0
        ? [
            {
              id: randomUUID(),
              category: 'curfew',
              text: 'Confine yourself to the approved address between 7pm and 7am daily',
              meaning: 'Be at home from 7pm to 7am every day.',
              by: com,
            },
          ]
        : [],
    supporters: [{ id: randomUUID(), name, relationship, shares, part, by: com }],
  }
}

function step(
  goalId: string,
  text: string,
  kind: 'person' | 'practitioner' | 'partner',
  name: string | null,
  dueDate: IsoDate,
  by: Author,
) {
  return { id: randomUUID(), goalId, text, owner: { kind, name }, dueDate, status: 'not-started' as const, by }
}
