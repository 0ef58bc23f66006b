import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { mainText, newlyArrived, screening } from './needs.test-support.ts'

const TODAY = '2026-11-23'
let app: TestApp
let pom1: Client
before(async () => {
  app = await startTestApp({ today: TODAY })
  pom1 = await new Client(app.baseUrl).signIn('pom1')
})
after(() => app.close())

const countActions = async () =>
  Number(
    (
      await app.services.handle.db
        .selectFrom('need_action')
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

/** A newly arrived person whose screening found an accommodation need and a finance and ID need. */
async function screened() {
  const person = await newlyArrived(app, pom1, TODAY)
  const saved = await pom1.json(
    'PUT',
    `/api/v1/people/${person.id}/needs/screenings/arrival`,
    screening({
      accommodation: { status: 'need-identified', urgency: 'high' },
      'finance-id': { status: 'need-identified', urgency: 'medium' },
    }),
  )
  assert.equal(saved.status, 201)
  return person
}

const action = (extra: Record<string, unknown> = {}) => ({
  pathway: 'finance-id',
  description: 'Apply for a birth certificate',
  owner: 'pom',
  dueDate: '2026-12-14',
  ...extra,
})

describe('work in custody', () => {
  it('adds an action against a need, lists it with its owner and due date, and audits it', async () => {
    const person = await screened()
    const added = await pom1.json(
      'POST',
      `/api/v1/people/${person.id}/needs/actions`,
      action({ owner: 'partner', ownerName: 'Harbour Housing Trust', pathway: 'accommodation' }),
    )
    assert.equal(added.status, 201)
    const { body } = await pom1.json('GET', `/api/v1/people/${person.id}/needs`)
    assert.deepEqual(body.actions, [
      {
        id: added.body.id,
        pathway: 'accommodation',
        description: 'Apply for a birth certificate',
        owner: 'partner',
        ownerName: 'Harbour Housing Trust',
        dueDate: '2026-12-14',
        progress: 'not-started',
        progressNote: null,
        completedOn: null,
        version: 1,
        overdue: false,
      },
    ])
    const audit = await app.services.handle.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('subject_person_id', '=', person.id)
      .where('action', '=', 'need-action.added')
      .execute()
    assert.deepEqual(audit, [{ action: 'need-action.added', details: { actionId: added.body.id } }])
  })

  it('refuses an action without what it needs, for a pathway with no need, or due in the past; writes nothing', async () => {
    const person = await screened()
    const before = await countActions()
    const path = `/api/v1/people/${person.id}/needs/actions`
    const empty = await pom1.json('POST', path, { owner: 'other' })
    assert.deepEqual(empty.body.errors, [
      { field: 'pathway', message: 'Select the need this action is for' },
      { field: 'description', message: 'Enter what will be done' },
      { field: 'dueDate', message: 'Enter the due date' },
      { field: 'ownerName', message: 'Enter the name of who will do it' },
    ])
    const past = await pom1.json('POST', path, action({ description: ' ', dueDate: '2026-11-22' }))
    assert.deepEqual(past.body.errors, [
      { field: 'description', message: 'Enter what will be done' },
      { field: 'dueDate', message: 'The due date must be today or in the future' },
    ])
    const noNeed = await pom1.json('POST', path, action({ pathway: 'health' }))
    assert.equal(noNeed.status, 400)
    assert.deepEqual(noNeed.body.errors, [{ field: 'pathway', message: 'Select a need found by the screening' }])
    const unknownOwner = await pom1.json('POST', path, action({ owner: 'probation', dueDate: '31/2/2027' }))
    assert.deepEqual(
      unknownOwner.body.errors.map((e: { field: string }) => e.field),
      ['owner', 'dueDate'],
    )
    assert.equal(await countActions(), before)
  })

  it('updates progress, refuses a stale update, and marks an action done today', async () => {
    const person = await screened()
    const path = `/api/v1/people/${person.id}/needs/actions`
    const { body: created } = await pom1.json('POST', path, action())
    const update = {
      version: 1,
      description: 'Apply for a birth certificate',
      owner: 'person',
      dueDate: '2026-12-21',
      progress: 'in-progress',
      progressNote: 'Form sent to the register office',
    }
    const updated = await pom1.json('PUT', `${path}/${created.id}`, update)
    assert.equal(updated.status, 200)
    assert.equal(updated.body.version, 2)
    const stale = await pom1.json('PUT', `${path}/${created.id}`, { ...update, owner: 'com' })
    assert.equal(stale.status, 409)
    assert.match(stale.body.title, /Someone else changed this action/)

    const managerA = await new Client(app.baseUrl).signIn('managerA')
    assert.equal(
      (await managerA.json('POST', `${path}/${created.id}/done`, { version: 2 })).status,
      404,
      'not in the manager’s team',
    )
    const done = await pom1.json('POST', `${path}/${created.id}/done`, { version: 2 })
    assert.equal(done.status, 200)
    const { body } = await pom1.json('GET', `/api/v1/people/${person.id}/needs`)
    assert.equal(body.actions[0].progress, 'done')
    assert.equal(body.actions[0].completedOn, TODAY)
    assert.equal(body.actions[0].owner, 'person')
    assert.equal(body.actions[0].progressNote, 'Form sent to the register office')

    const audit = await app.services.handle.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('subject_person_id', '=', person.id)
      .where('action', 'like', 'need-action.%')
      .orderBy('id')
      .execute()
    assert.deepEqual(
      audit.map(a => [a.action, a.details.fields]),
      [
        ['need-action.added', undefined],
        ['need-action.updated', ['owner', 'dueDate', 'progress', 'progressNote']],
        ['need-action.completed', undefined],
      ],
    )
  })

  it('flags an action not done by its due date as overdue', async () => {
    const person = await screened()
    const { body: created } = await pom1.json('POST', `/api/v1/people/${person.id}/needs/actions`, action())
    await app.services.handle.db
      .updateTable('need_action')
      .set({ due_date: '2026-11-20' })
      .where('id', '=', created.id)
      .execute()
    const { body } = await pom1.json('GET', `/api/v1/people/${person.id}/needs`)
    assert.equal(body.actions[0].overdue, true)
    const text = mainText(await (await pom1.get(`/people/${person.id}/needs`)).text())
    assert.match(
      text,
      /Finance and ID Apply for a birth certificate Prison offender manager 20 November 2026 Overdue Not started/,
    )
  })

  it('adds and updates actions through the forms, with the GOV.UK error summary', async () => {
    const person = await screened()
    const path = `/people/${person.id}/needs/actions/new`
    const form = await (await pom1.get(`${path}?pathway=accommodation`)).text()
    assert.match(form, /name="pathway" type="radio" value="accommodation" checked/)
    assert.doesNotMatch(form, /value="health"/, 'only needs the screening found are offered')
    const before = await countActions()
    const invalid = await pom1.request('POST', path, {
      form: {
        _csrf: await pom1.formToken(path),
        pathway: 'accommodation',
        description: 'Kept',
        'dueDate-day': '40',
        'dueDate-month': '1',
        'dueDate-year': '2027',
      },
    })
    assert.equal(invalid.status, 400)
    const html = await invalid.text()
    assert.match(html, /href="#owner">\s*Select who will do it/)
    assert.match(html, /href="#dueDate">\s*The due date must be a real date/)
    assert.match(html, />Kept<\/textarea>/)
    assert.match(html, /name="dueDate-day" type="text" value="40"/, 'the date as typed')
    assert.match(html, /govuk-character-count[\s\S]*data-maxlength="500"/, 'the limit counted on the page')
    assert.match(html, /data-qa="case-navigation"/, 'the case header and tabs stay on a form with errors')
    assert.equal(await countActions(), before)

    const past = await pom1.request('POST', path, {
      form: {
        _csrf: await pom1.formToken(path),
        description: '',
        owner: 'other',
        'dueDate-day': '22',
        'dueDate-month': '11',
        'dueDate-year': '2026',
      },
    })
    assert.deepEqual(
      [...(await past.text()).matchAll(/<a href="#(\w+)">/g)].map(m => m[1]),
      ['pathway', 'description', 'ownerName', 'dueDate'],
      'every problem in one pass, the date in the past among them',
    )

    const saved = await pom1.request('POST', path, {
      form: {
        _csrf: await pom1.formToken(path),
        pathway: 'accommodation',
        description: 'Refer to the council under the duty to refer',
        owner: 'com',
        'dueDate-day': '4',
        'dueDate-month': '1',
        'dueDate-year': '2027',
      },
    })
    assert.equal(saved.status, 303)
    const after = await pom1.get(saved.headers.get('location')!)
    assert.match(mainText(await after.text()), /Success Action added/)
    const { body } = await pom1.json('GET', `/api/v1/people/${person.id}/needs`)
    const [added] = body.actions
    assert.equal(added.dueDate, '2027-01-04')

    const updatePath = `/people/${person.id}/needs/actions/${added.id}`
    const updateForm = await (await pom1.get(updatePath)).text()
    assert.match(updateForm, /name="version" value="1"/)
    assert.match(updateForm, /name="dueDate-day" type="text" value="4"/)
    assert.match(updateForm, /name="dueDate-month" type="text" value="1"/)
    assert.match(updateForm, /name="dueDate-year" type="text" value="2027"/)
    const updated = await pom1.request('POST', updatePath, {
      form: {
        _csrf: await pom1.formToken(updatePath),
        version: '1',
        description: 'Refer to the council under the duty to refer',
        owner: 'com',
        'dueDate-day': '11',
        'dueDate-month': '1',
        'dueDate-year': '2027',
        progress: 'in-progress',
      },
    })
    assert.equal(updated.status, 303)
    assert.match(mainText(await (await pom1.get(updated.headers.get('location')!)).text()), /Success Action updated/)
    const done = await pom1.request('POST', `${updatePath}/done`, {
      form: { _csrf: await pom1.formToken(`/people/${person.id}/needs`), version: '2' },
    })
    assert.equal(done.status, 303)
    assert.match(
      mainText(await (await pom1.get(done.headers.get('location')!)).text()),
      /Success Action marked as done/,
    )
    const staleDone = await pom1.request('POST', `${updatePath}/done`, {
      form: { _csrf: await pom1.formToken(`/people/${person.id}/needs`), version: '2' },
    })
    assert.equal(staleDone.status, 409)
    assert.match(mainText(await staleDone.text()), /There is a problem Someone else changed this action/)
  })

  it('keeps actions to those who may change the record', async () => {
    const person = app.fixture.people.ofComA
    const managerA = await new Client(app.baseUrl).signIn('managerA')
    await managerA.json(
      'PUT',
      `/api/v1/people/${person.id}/needs/screenings/arrival`,
      screening({ health: { status: 'need-identified', urgency: 'low' } }),
    )
    const path = `/api/v1/people/${person.id}/needs/actions`
    const comA2 = await new Client(app.baseUrl).signIn('comA2')
    assert.equal((await comA2.json('POST', path, action({ pathway: 'health' }))).status, 403)
    assert.equal((await comA2.get(`/people/${person.id}/needs/actions/new`)).status, 403)
    const comB = await new Client(app.baseUrl).signIn('comB')
    assert.equal((await comB.json('POST', path, action({ pathway: 'health' }))).status, 404)
    const added = await managerA.json('POST', path, action({ pathway: 'health' }))
    assert.equal(added.status, 201)

    const other = await screened()
    const elsewhere = await pom1.json('PUT', `/api/v1/people/${other.id}/needs/actions/${added.body.id}`, {
      version: 1,
      description: 'x',
      owner: 'pom',
      dueDate: '2026-12-01',
      progress: 'done',
    })
    assert.equal(elsewhere.status, 404, 'an action is reached only through its own person')
    assert.equal(
      (await pom1.json('POST', `/api/v1/people/${other.id}/needs/actions/not-an-id/done`, { version: 1 })).status,
      400,
      'a malformed id is a field to put right in the API',
    )
    assert.equal((await pom1.get(`/people/${other.id}/needs/actions/not-an-id`)).status, 404, 'and no page')
  })
})
