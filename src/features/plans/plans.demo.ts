/**
 * Believable, fictional plans for the demo: the demo person's own plan (a first version they did not agree with,
 * and a second, changed, waiting for their answer) and plans for a dozen other people of the demo COM, most agreed,
 * a few made only of compliance so that the balance warning shows. The same plans on every machine (only the ids
 * differ).
 */
import { randomUUID } from 'node:crypto'
import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
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

interface DemoPlanCase {
  personId: string
  comId: string
  comName: string
  accountId: string | null
  accountName: string | null
}

export async function seedPlansDemo(tx: Db, today: IsoDate): Promise<{ plans: number }> {
  const rows = await tx
    .selectFrom('person as p')
    .innerJoin('app_user as com', 'com.id', 'p.com_id')
    .leftJoin('app_user as account', 'account.person_id', 'p.id')
    .select(['p.id as personId', 'com.id as comId', 'com.display_name as comName'])
    .select(['account.id as accountId', 'account.display_name as accountName'])
    .where('com.username', '=', 'com')
    .orderBy(eb => eb('account.id', 'is', null))
    .orderBy('p.crn')
    .limit(13)
    .execute()
  for (const [n, row] of rows.entries()) await seedOne(tx, row, n, today)
  return { plans: rows.length }
}

async function seedOne(tx: Db, c: DemoPlanCase, n: number, today: IsoDate) {
  const db = tx
  const com: Author = { userId: c.comId, name: c.comName, role: 'practitioner' }
  const first = draft(com, n, today)
  const onlyCompliance = n % 5 === 4
  const v1 = onlyCompliance ? { ...first, goals: first.goals.filter(g => g.kind === 'compliance') } : first
  const v1Content = onlyCompliance ? { ...v1, steps: v1.steps.filter(s => v1.goals.some(g => g.id === s.goalId)) } : v1
  const forAccount = c.accountId !== null
  // The demo person said no to one step; their COM changed it, and version 2 waits for their answer.
  const v2Content: PlanContent = {
    ...v1Content,
    steps: v1Content.steps.map((s, i) =>
      i === 1 ? { ...s, text: 'Give you the number for the course, so you can ring them', changedBy: com } : s,
    ),
  }
  const latest = forAccount ? v2Content : v1Content
  const planId = randomUUID()
  await db
    .insertInto('plan')
    .values({
      id: planId,
      person_id: c.personId,
      content: JSON.stringify(latest),
      revision: forAccount ? 2 : 1,
      version_number: forAccount ? 2 : 1,
      updated_by: c.comId,
    })
    .execute()
  const versions = forAccount ? [v1Content, v2Content] : [v1Content]
  for (const [i, content] of versions.entries()) {
    const row = {
      plan_id: planId,
      content: JSON.stringify(content),
      changed_by: c.comId,
      changed_by_role: 'practitioner' as const,
    }
    await db
      .insertInto('plan_revision')
      .values({ ...row, revision: i + 1, version_number: i + 1, material: true })
      .execute()
    await db
      .insertInto('plan_version')
      .values({ ...row, person_id: c.personId, number: i + 1 })
      .execute()
  }
  if (forAccount || n % 3 !== 2) {
    await db
      .insertInto('plan_agreement')
      .values({
        plan_id: planId,
        person_id: c.personId,
        version_number: 1,
        agreed: !forAccount,
        comments: forAccount ? 'I can ring the course myself. I do not need you to refer me.' : null,
        disagreed_step_ids: JSON.stringify(forAccount ? [v1Content.steps[1]!.id] : []),
        recorded_on: addDays(today, -3),
        recorded_by: c.accountId ?? c.comId,
        recorded_by_role: forAccount ? 'person' : 'practitioner',
      })
      .execute()
  }
}

function draft(com: Author, n: number, today: IsoDate): PlanContent {
  const [goalText, pathway, stepText] = OWN_GOALS[n % OWN_GOALS.length]!
  const own = randomUUID()
  const compliance = randomUUID()
  return {
    goals: [
      { id: own, text: goalText, kind: 'own', pathway, buildsOn: STRENGTHS[n % STRENGTHS.length]!, by: com },
      { id: compliance, text: 'Keep to my licence', kind: 'compliance', pathway: null, buildsOn: null, by: com },
    ],
    steps: [
      step(own, stepText, 'person', null, addDays(today, 14 + n), com),
      step(own, 'Refer you to Next Step Employment', 'practitioner', null, addDays(today, 7 + n), com),
      step(compliance, 'Go to every probation meeting', 'person', null, addDays(today, 30), com),
      step(own, 'Help with the application form', 'partner', 'Harbour Housing Trust', addDays(today, 21), com),
    ],
    strengths: [{ id: randomUUID(), type: 'strength', text: STRENGTHS[n % STRENGTHS.length]!, by: com }],
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
    supporters: [
      {
        id: randomUUID(),
        name: 'Denise Walker',
        relationship: 'sister',
        shares: 'My release date and where I will live',
        part: 'She will pick me up on the day I leave',
        by: com,
      },
    ],
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
