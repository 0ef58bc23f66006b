import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

const TODAY = '2026-12-02'
let app: TestApp

before(async () => {
  app = await startTestApp({ today: TODAY })
})
after(() => app.close())

/** The lines of "What needs doing" under one heading, and the links they carry. */
function toDo(html: string, list: 'overdue' | 'upcoming') {
  const block = new RegExp(`data-qa="${list}">([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? ''
  return [...block.matchAll(/<li class="app-todo__item">([\s\S]*?)<\/li>/g)].map(([, item]) => ({
    text: item!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    href: /href="([^"]+)"/.exec(item!)?.[1] ?? null,
  }))
}

describe('the case overview', () => {
  it('leads with what needs doing, overdue first, each linked to the page where it is done', async () => {
    const client = await new Client(app.baseUrl).signIn('comA')
    const { id } = app.fixture.people.ofComA
    const html = await (await client.get(`/people/${id}`)).text()
    assert.ok(html.indexOf('What needs doing') < html.indexOf('Sentence and key dates'), 'what needs doing comes first')
    const overdue = toDo(html, 'overdue')
    assert.deepEqual(
      overdue.map(o => o.text),
      ['Screening on arrival Overdue was due 13 January 2025', 'Handover meeting Overdue was due 17 June 2026'],
    )
    assert.deepEqual(
      overdue.map(o => o.href),
      [`/people/${id}/needs`, `/people/${id}/handover`],
    )
    const upcoming = toDo(html, 'upcoming')
    assert.deepEqual(
      upcoming.map(u => u.text),
      [
        'Pre-release review by 7 December 2026',
        'Identity documents by 7 December 2026',
        'Bank account by 4 January 2027',
        'Accommodation for the first night by 1 February 2027',
        'GP registration by 1 February 2027',
      ],
    )
    assert.equal(upcoming[1]!.href, `/people/${id}/readiness`)
    assert.match(html, /And \d+ more later\./, 'the rest is counted, not listed')
  })

  it('links "Allocate a COM" for those who allocate, and names it without a link for those who do not', async () => {
    const { id } = app.fixture.people.awaitingComInNorth
    for (const [username, linked] of [
      ['managerA', true],
      ['pom1', true],
    ] as const) {
      const client = await new Client(app.baseUrl).signIn(username)
      const overdue = toDo(await (await client.get(`/people/${id}`)).text(), 'overdue')
      const allocate = overdue.find(o => o.text.startsWith('Allocate a COM'))
      assert.ok(allocate, `${username} sees that a COM is to be allocated`)
      assert.equal(allocate.href, linked ? `/people/${id}/allocation` : null)
    }
  })

  it('gives every link it shows an answer of 200 to the user it is shown to', async () => {
    for (const username of ['comA', 'managerA', 'pom1']) {
      const client = await new Client(app.baseUrl).signIn(username)
      for (const person of [app.fixture.people.ofComA, app.fixture.people.awaitingComInNorth]) {
        const page = await client.get(`/people/${person.id}`)
        if (page.status !== 200) continue
        const html = await page.text()
        const hrefs = [...toDo(html, 'overdue'), ...toDo(html, 'upcoming')].flatMap(t => (t.href ? [t.href] : []))
        const tabs = [...html.matchAll(/class="moj-sub-navigation__link"[^>]*href="([^"]+)"/g)].map(([, h]) => h!)
        for (const href of [...hrefs, ...tabs]) {
          assert.equal((await client.get(href)).status, 200, `${username} follows ${href}`)
        }
      }
    }
  })

  it('flags nothing once the licence has ended', async () => {
    const { id } = app.fixture.people.ofComA2
    await app.services.handle.db
      .insertInto('custody_episode')
      .values({
        person_id: id,
        prison_id: app.fixture.org.prison1,
        sentence_type: 'determinate',
        parole: false,
        early_allocation: false,
        arrival_date: '2019-01-10',
        sentence_start_date: '2019-01-10',
        conditional_release_date: '2020-01-10',
        licence_expiry_date: '2021-01-10',
        sentence_expiry_date: '2021-01-10',
        release_date: '2020-01-10',
      })
      .execute()
    const client = await new Client(app.baseUrl).signIn('comA2')
    const html = await (await client.get(`/people/${id}`)).text()
    assert.match(html, /The licence has ended: nothing is due\./)
    assert.deepEqual(toDo(html, 'overdue'), [])
  })

  it('shows the case header and the tabs of the role, and answers the person with 404', async () => {
    const { id } = app.fixture.people.ofComA
    const com = await new Client(app.baseUrl).signIn('comA')
    const html = await (await com.get(`/people/${id}`)).text()
    assert.match(html, /data-qa="case-name">Alpha, Test</)
    assert.match(html, /data-qa="case-crn">A000001</)
    assert.match(html, /aria-current="page" href="\/people\/[^"]+"[^>]*>Overview</)
    const person = await new Client(app.baseUrl).signIn('person')
    assert.equal((await person.get(`/people/${id}`)).status, 404)
  })
})
