import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { contextFor, mainText, newlyArrived, screening } from './needs.test-support.ts'

const TODAY = '2026-11-23'
let app: TestApp
let pom1: Client
before(async () => {
  app = await startTestApp({ today: TODAY })
  pom1 = await new Client(app.baseUrl).signIn('pom1')
})
after(() => app.close())

const db = () => app.services.handle.db
const count = async (table: 'needs_screening' | 'needs_screening_pathway') =>
  Number(
    (
      await db()
        .selectFrom(table)
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
const auditOf = (personId: string) =>
  app.services.handle.db
    .selectFrom('audit_event')
    .select(['action', 'actor_username', 'details', 'outcome'])
    .where('subject_person_id', '=', personId)
    .orderBy('id')
    .execute()

describe('screening needs on arrival', () => {
  it('records a newly arrived person’s screening on time, shows it by pathway, and audits both', async () => {
    const person = await newlyArrived(app, pom1, TODAY)
    const saved = await pom1.json(
      'PUT',
      `/api/v1/people/${person.id}/needs/screenings/arrival`,
      screening({
        accommodation: { status: 'need-identified', urgency: 'urgent', ownWords: 'I lost my flat when I came in.' },
        'finance-id': { status: 'need-identified', urgency: 'medium' },
      }),
    )
    assert.equal(saved.status, 201)
    assert.equal(saved.body.version, 1)

    const { status, body } = await pom1.json('GET', `/api/v1/people/${person.id}/needs`)
    assert.equal(status, 200)
    assert.deepEqual(body.deadlines.arrival, {
      dueDate: '2026-11-25',
      doneOn: TODAY,
      state: 'done',
      days: null,
      words: 'Done on 23 November 2026',
    })
    assert.equal(body.deadlines.preRelease.state, 'due')
    assert.equal(body.deadlines.preRelease.dueDate, '2027-08-31', '84 days before the earliest release date')
    const accommodation = body.pathways.find((p: { key: string }) => p.key === 'accommodation')
    assert.deepEqual(accommodation.latest, {
      status: 'need-identified',
      urgency: 'urgent',
      ownWords: 'I lost my flat when I came in.',
      kind: 'arrival',
    })
    assert.equal(accommodation.change, null, 'nothing to compare before the pre-release review')
    assert.deepEqual(body.pathwaysWithNeed, ['accommodation', 'finance-id'])
    assert.equal(body.canEdit, true)

    const audit = await auditOf(person.id)
    const screened = audit.find(a => a.action === 'needs.screened')
    assert.deepEqual(screened?.details, { screeningId: saved.body.id, kind: 'arrival', version: 1 })
    assert.equal(screened?.actor_username, 'pom1')
    assert.ok(audit.some(a => a.action === 'needs.viewed'))
  })

  it('shows an overdue screening clearly, with the due date from the key dates', async () => {
    const person = app.fixture.people.unallocatedInPrison1
    const { body } = await pom1.json('GET', `/api/v1/people/${person.id}/needs`)
    assert.deepEqual(body.deadlines.arrival, {
      dueDate: '2025-01-13',
      doneOn: null,
      state: 'overdue',
      days: 679,
      words: 'Was due by 13 January 2025, 679 days ago',
    })
    const html = await (await pom1.get(`/people/${person.id}/needs`)).text()
    const text = mainText(html)
    assert.match(text, /Warning The screening on arrival is overdue: it was due by 13 January 2025\./)
    assert.match(text, /Screening on arrival Overdue Was due by 13 January 2025, 679 days ago Record/)
    assert.match(text, /Pre-release review Due by 7 December 2026, in 14 days Record/)
    assert.match(text, /No screening has been recorded yet/)
    assert.match(
      html,
      /aria-current="page" href="[^"]+\/needs" data-qa="case-section-needs">Needs</,
      'the tab is marked',
    )
    assert.match(html, /data-qa="case-crn">/, 'the case header names the person')
  })

  it('refuses bad answers naming each field, and writes nothing', async () => {
    const person = await newlyArrived(app, pom1, TODAY)
    const before = [await count('needs_screening'), await count('needs_screening_pathway')]
    const { status, body } = await pom1.json(
      'PUT',
      `/api/v1/people/${person.id}/needs/screenings/arrival`,
      screening(
        {
          accommodation: { status: 'need-identified' },
          health: { status: 'worried', urgency: 'high' },
          'drugs-alcohol': { status: 'in-progress', urgency: 'low', ownWords: 'x'.repeat(1001) },
        },
        { womensNeedsApply: true, womensNeeds: { trauma: 'yes' } },
      ),
    )
    assert.equal(status, 400)
    assert.deepEqual(body.errors, [
      { field: 'pathways.accommodation.urgency', message: 'Select how pressing the accommodation need is' },
      {
        field: 'pathways.drugs-alcohol.ownWords',
        message: 'What the person says about drugs and alcohol must be 1000 characters or fewer',
      },
      { field: 'pathways.health.status', message: 'Select a status for health' },
      { field: 'womensNeeds.domestic-abuse', message: 'Answer the question about domestic abuse' },
      { field: 'womensNeeds.sex-work', message: 'Answer the question about sex work' },
      { field: 'womensNeeds.caring-for-children', message: 'Answer the question about caring for children' },
    ])
    const missing = await pom1.json('PUT', `/api/v1/people/${person.id}/needs/screenings/arrival`, { pathways: {} })
    assert.equal(missing.status, 400)
    assert.equal(missing.body.errors[0].field, 'womensNeedsApply')
    assert.equal(missing.body.errors[1].field, 'pathways.accommodation')
    assert.deepEqual([await count('needs_screening'), await count('needs_screening_pathway')], before)
  })

  it('shows the GOV.UK error summary on the form, keeps what was typed, and writes nothing', async () => {
    const person = await newlyArrived(app, pom1, TODAY)
    const path = `/people/${person.id}/needs/screening/arrival`
    const before = await count('needs_screening')
    const response = await pom1.request('POST', path, {
      form: {
        _csrf: await pom1.formToken(path),
        womensNeedsApply: 'yes',
        'womensNeeds.domestic-abuse': 'no',
        'pathways.accommodation.status': 'need-identified',
        'pathways.accommodation.ownWords': 'Kept words',
      },
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /<title>Error: Screening on arrival - Resettle<\/title>/)
    assert.match(html, /href="#pathways-accommodation-urgency">\s*Select how pressing the accommodation need is/)
    assert.match(html, /href="#pathways-health-status">\s*Select a status for health/)
    assert.match(html, /href="#womensNeeds-sex-work">\s*Answer the question about sex work/)
    assert.match(html, /id="pathways-accommodation-urgency"/, 'the first urgency radio is where the summary links')
    assert.match(html, /id="pathways-accommodation-ownWords" name="pathways.accommodation.ownWords"/)
    assert.match(html, />Kept words<\/textarea>/)
    assert.match(html, /data-maxlength="1000"/, 'own words count their characters')
    assert.match(html, /name="womensNeeds.domestic-abuse" type="radio" value="no" checked/)
    assert.equal(await count('needs_screening'), before)
  })

  it('records the screening from the form and goes back to the needs page', async () => {
    const person = await newlyArrived(app, pom1, TODAY)
    const path = `/people/${person.id}/needs/screening/arrival`
    const form: Record<string, string> = { _csrf: await pom1.formToken(path), womensNeedsApply: 'no' }
    for (const key of ['accommodation', 'attitudes-thinking-behaviour', 'children-families-communities']) {
      form[`pathways.${key}.status`] = 'no-need'
    }
    for (const key of ['drugs-alcohol', 'education-skills-work', 'finance-id', 'health']) {
      form[`pathways.${key}.status`] = 'need-identified'
      form[`pathways.${key}.urgency`] = 'medium'
    }
    const response = await pom1.request('POST', path, { form })
    assert.equal(response.status, 303)
    assert.equal(response.headers.get('location'), `/people/${person.id}/needs`)
    const page = mainText(await (await pom1.get(response.headers.get('location')!)).text())
    assert.match(page, /Success Screening on arrival saved/)
    const { body } = await pom1.json('GET', `/api/v1/people/${person.id}/needs/screenings/arrival`)
    assert.equal(body.pathways.health.urgency, 'medium')
    assert.equal(body.pathways.accommodation.urgency, null)
  })

  it('refuses a body of another type, and text with a NUL or a lone surrogate, writing nothing', async () => {
    const person = await newlyArrived(app, pom1, TODAY)
    const path = `/api/v1/people/${person.id}/needs/screenings/arrival`
    const xml = await pom1.request('PUT', path, { headers: { 'content-type': 'application/xml' }, raw: '<screening/>' })
    assert.equal(xml.status, 415)
    for (const ownWords of ['A flat\u0000', 'A flat \udc00']) {
      const refused = await pom1.json('PUT', path, screening({ health: { status: 'no-need', ownWords } }))
      assert.equal(refused.status, 400, JSON.stringify(ownWords))
      assert.equal(refused.body.errors[0].field, 'pathways.health.ownWords')
    }
    assert.equal((await pom1.json('GET', path)).status, 404, 'nothing was recorded')
  })
})

describe('the pre-release review', () => {
  it('starts from the answers on arrival and shows what changed, pathway by pathway', async () => {
    const person = await newlyArrived(app, pom1, TODAY)
    const base = `/api/v1/people/${person.id}/needs/screenings`
    await pom1.json(
      'PUT',
      `${base}/arrival`,
      screening(
        {
          accommodation: { status: 'need-identified', urgency: 'high' },
          'drugs-alcohol': { status: 'need-identified', urgency: 'medium' },
          health: { status: 'need-identified', urgency: 'low' },
          'finance-id': { status: 'need-identified', urgency: 'high' },
          'education-skills-work': { status: 'need-identified', urgency: 'medium' },
        },
        {
          womensNeedsApply: 'yes',
          womensNeeds: { 'domestic-abuse': 'yes', 'sex-work': 'no', 'caring-for-children': 'yes', trauma: 'not-said' },
        },
      ),
    )
    const form = await (await pom1.get(`/people/${person.id}/needs/screening/pre-release`)).text()
    assert.match(form, /The answers from the screening on arrival are filled in/)
    assert.match(form, /name="pathways.accommodation.urgency" type="radio" value="high" checked/)
    assert.doesNotMatch(form, /name="version"/, 'a new review, not a change to the screening on arrival')

    const review = await pom1.json(
      'PUT',
      `${base}/pre-release`,
      screening(
        {
          accommodation: { status: 'in-progress', urgency: 'urgent' },
          'drugs-alcohol': { status: 'done', urgency: 'medium' },
          health: { status: 'no-need' },
          'finance-id': { status: 'in-progress', urgency: 'medium' },
          'education-skills-work': { status: 'support-declined', urgency: 'medium' },
          'children-families-communities': { status: 'need-identified', urgency: 'low' },
        },
        {
          womensNeedsApply: true,
          womensNeeds: { 'domestic-abuse': 'yes', 'sex-work': 'no', 'caring-for-children': 'no', trauma: 'yes' },
        },
      ),
    )
    assert.equal(review.status, 201)
    const { body } = await pom1.json('GET', `/api/v1/people/${person.id}/needs`)
    const changes = Object.fromEntries(body.pathways.map((p: { key: string; change: string }) => [p.key, p.change]))
    assert.deepEqual(changes, {
      accommodation: 'more-pressing',
      'attitudes-thinking-behaviour': 'no-change',
      'children-families-communities': 'new-need',
      'drugs-alcohol': 'need-met',
      'education-skills-work': 'status-changed',
      'finance-id': 'less-pressing',
      health: 'no-longer-a-need',
    })
    const womens = Object.fromEntries(
      body.womensNeeds.map((w: { need: string; arrival: string; preRelease: string; changed: boolean }) => [
        w.need,
        [w.arrival, w.preRelease, w.changed],
      ]),
    )
    assert.deepEqual(womens['caring-for-children'], ['yes', 'no', true])
    assert.deepEqual(womens['domestic-abuse'], ['yes', 'yes', false])
    const family = body.pathways.find((p: { key: string }) => p.key === 'children-families-communities')
    assert.deepEqual(family.womensNeeds, ['domestic-abuse'], 'raised needs are shown within their pathway')

    const page = mainText(await (await pom1.get(`/people/${person.id}/needs`)).text())
    assert.match(page, /Pathway Status How pressing In their own words Since arrival/)
    assert.match(page, /Accommodation In progress Urgent Nothing recorded More pressing/)
    assert.match(
      page,
      /Children, families and communities Domestic abuse Need identified Low Nothing recorded New need/,
    )
    assert.match(page, /Drugs and alcohol Done Medium Nothing recorded Need met/)
    assert.match(page, /Caring for children Yes No/)

    const ctx = await contextFor(app.services.handle.db, 'pom1')
    const sections = await app.services.needs.reportSections(ctx, await app.services.people.caseFor(ctx, person.id))
    const [summary, table] = sections.find(section => section.id === 'needs')!.blocks
    assert.deepEqual(summary, {
      kind: 'summary',
      rows: [
        { key: 'Screening on arrival', value: 'Done on 23 November 2026' },
        { key: 'Pre-release review', value: 'Done on 23 November 2026' },
      ],
    })
    assert.ok(table?.kind === 'table')
    assert.deepEqual(table.rows[0], ['Accommodation', 'In progress', 'Urgent', '', 'More pressing'])
    assert.equal(table.rows[2]![0], 'Children, families and communities, Domestic abuse')
    const work = sections.find(section => section.id === 'work-in-custody')!
    assert.deepEqual(work.blocks, [{ kind: 'text', text: 'No actions have been planned yet.' }])
  })

  it('does not let a second practitioner overwrite a screening without knowing', async () => {
    const person = await newlyArrived(app, pom1, TODAY)
    const path = `/api/v1/people/${person.id}/needs/screenings/arrival`
    assert.equal((await pom1.json('PUT', path, screening())).status, 201)
    const again = await pom1.json('PUT', path, screening({ health: { status: 'done', urgency: 'low' } }))
    assert.equal(again.status, 409, 'a second first screening is refused')
    const first = await pom1.json(
      'PUT',
      path,
      screening({ health: { status: 'done', urgency: 'low' } }, { version: 1 }),
    )
    assert.equal(first.status, 200)
    assert.equal(first.body.version, 2)
    const stale = await pom1.json('PUT', path, screening({}, { version: 1 }))
    assert.equal(stale.status, 409)
    const { body } = await pom1.json('GET', path)
    assert.equal(body.pathways.health.status, 'done', 'the first change stands')
    assert.equal(body.version, 2)

    const racing = await Promise.all(
      ['low', 'high'].map(urgency =>
        pom1.json('PUT', path, screening({ health: { status: 'in-progress', urgency } }, { version: 2 })),
      ),
    )
    assert.deepEqual(racing.map(r => r.status).sort(), [200, 409], 'of two saves at once, one wins')
  })

  it('answers 404 for a screening that is not recorded or a kind that does not exist', async () => {
    const person = await newlyArrived(app, pom1, TODAY)
    assert.equal((await pom1.json('GET', `/api/v1/people/${person.id}/needs/screenings/arrival`)).status, 404)
    const midway = await pom1.json('PUT', `/api/v1/people/${person.id}/needs/screenings/midway`, screening())
    assert.equal(midway.status, 400, 'a kind that does not exist is a field to put right in the API')
    assert.equal(midway.body.errors[0].field, 'params.kind')
    assert.equal((await pom1.get(`/people/${person.id}/needs/screening/midway`)).status, 404)
  })
})

describe('who may see and screen needs', () => {
  it('lets the team read but only those who may change the record screen, and audits refusals', async () => {
    const person = app.fixture.people.ofComA
    const path = `/api/v1/people/${person.id}/needs`
    const comA2 = await new Client(app.baseUrl).signIn('comA2')
    assert.equal((await comA2.json('GET', path)).status, 200)
    const read = await comA2.json('GET', path)
    assert.equal(read.body.canEdit, false)
    assert.equal((await comA2.json('PUT', `${path}/screenings/arrival`, screening())).status, 403)
    const page = await (await comA2.get(`/people/${person.id}/needs`)).text()
    assert.doesNotMatch(page, /data-qa="record-arrival"/, 'no links to changes the user may not make')

    const self = await new Client(app.baseUrl).signIn('person')
    assert.equal((await self.json('GET', path)).status, 200)
    assert.equal((await self.json('PUT', `${path}/screenings/arrival`, screening())).status, 403)
    for (const page of ['', '/screening/arrival', '/actions/new']) {
      assert.equal((await self.get(`/people/${person.id}/needs${page}`)).status, 404, `the person: needs${page}`)
    }

    for (const username of ['comB', 'partner', 'admin']) {
      const other = await new Client(app.baseUrl).signIn(username)
      assert.equal((await other.json('GET', path)).status, 404, `${username} reads nothing`)
      assert.equal((await other.json('PUT', `${path}/screenings/arrival`, screening())).status, 404)
      assert.equal((await other.get(`/people/${person.id}/needs`)).status, 404)
    }
    const refused = await app.services.handle.db
      .selectFrom('audit_event')
      .select('actor_username')
      .where('action', '=', 'person.access-refused')
      .where('actor_username', 'in', ['comB', 'partner', 'admin'])
      .execute()
    assert.ok(refused.length >= 7, 'the API refusals and the page the service was asked for')
  })

  it('lets the COM and the manager of the person screen them', async () => {
    const person = app.fixture.people.ofComA
    const comA = await new Client(app.baseUrl).signIn('comA')
    const saved = await comA.json('PUT', `/api/v1/people/${person.id}/needs/screenings/arrival`, screening())
    assert.equal(saved.status, 201)
    const managerA = await new Client(app.baseUrl).signIn('managerA')
    const changed = await managerA.json(
      'PUT',
      `/api/v1/people/${person.id}/needs/screenings/arrival`,
      screening({ health: { status: 'need-identified', urgency: 'high' } }, { version: saved.body.version }),
    )
    assert.equal(changed.status, 200)
  })

  it('asks for a custody episode before screening', async () => {
    const created = await pom1.json('POST', '/api/v1/people', {
      firstName: 'No',
      lastName: 'Episode',
      dateOfBirth: '1980-01-01',
      crn: 'Z900001',
    })
    const { body } = await pom1.json('GET', `/api/v1/people/${created.body.id}/needs`)
    assert.equal(body.episode, null)
    const page = mainText(await (await pom1.get(`/people/${created.body.id}/needs`)).text())
    assert.match(page, /No custody episode is recorded, so there is nothing to screen yet/)
    const refused = await pom1.json('PUT', `/api/v1/people/${created.body.id}/needs/screenings/arrival`, screening())
    assert.equal(refused.status, 409)
    assert.match(refused.body.title, /Add a custody episode/)
  })

  it('lists the needs operations in the OpenAPI document', async () => {
    const doc = await (await fetch(`${app.baseUrl}/api/v1/openapi.json`)).json()
    const paths = Object.keys(doc.paths).filter(p => p.includes('/needs'))
    assert.deepEqual(paths.sort(), [
      '/api/v1/people/{id}/needs',
      '/api/v1/people/{id}/needs/actions',
      '/api/v1/people/{id}/needs/actions/{actionId}',
      '/api/v1/people/{id}/needs/actions/{actionId}/done',
      '/api/v1/people/{id}/needs/screenings/{kind}',
    ])
    assert.ok(doc.paths['/api/v1/people/{id}/needs/screenings/{kind}'].put.requestBody)
  })
})
