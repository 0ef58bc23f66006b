import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

const TODAY = '2026-11-23'
let app: TestApp
let certificateQueries = 0
const clients = new Map<string, Client>()
let alpha: string
before(async () => {
  app = await startTestApp({
    today: TODAY,
    onQuery: sql => void (/from "certificate"/.test(sql) && certificateQueries++),
  })
  for (const username of ['comA', 'comA2', 'comB', 'managerA', 'managerB', 'person'])
    clients.set(username, await new Client(app.baseUrl).signIn(username))
  alpha = app.fixture.people.ofComA.id
})
after(() => app.close())

const as = (username: string) => clients.get(username)!
const anonymous = () => new Client(app.baseUrl)

/** A multipart form, as a browser sends one with a file input. */
function multipart(fields: Record<string, string>, file?: { name: string; type: string; bytes: Buffer }) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  if (file) form.append('evidence', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  return form
}
async function postForm(username: string, path: string, form: FormData, token?: string) {
  const client = as(username)
  if (token) form.append('_csrf', token)
  return fetch(app.baseUrl + path, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { cookie: client.cookieHeader(), ...(token ? {} : { 'x-csrf-token': client.csrfToken }) },
  })
}

const ACHIEVEMENT = { kind: 'qualification', title: 'Level 2 forklift licence', achievedOn: '2026-10-01' }
let certificateId = ''
let code = ''
let strengthCount = 0

describe('strengths, achievements and giving back', () => {
  it('keeps a strength in the person’s words, as theirs when they write it', async () => {
    const byCom = await as('comA').json('POST', `/api/v1/people/${alpha}/strengths`, {
      category: 'skill',
      text: 'Good with engines',
    })
    assert.equal(byCom.status, 201)
    const byPerson = await as('person').json('POST', `/api/v1/people/${alpha}/strengths`, {
      category: 'hope',
      text: 'To drive for a living',
    })
    assert.equal(byPerson.status, 201)
    const { body } = await as('comA').json('GET', `/api/v1/people/${alpha}/strengths`)
    strengthCount = body.strengths.length
    assert.deepEqual(
      body.strengths.map((s: { text: string; writtenBy: { role: string } }) => [s.text, s.writtenBy.role]),
      [
        ['Good with engines', 'practitioner'],
        ['To drive for a living', 'person'],
      ],
    )
    const removed = await as('person').json('DELETE', `/api/v1/people/${alpha}/strengths/${byCom.body.id}`)
    assert.equal(removed.status, 403, 'the person does not remove strengths')
  })

  it('confirms a practitioner’s achievement at once and waits to confirm the person’s', async () => {
    const practitioner = await as('comA').json('POST', `/api/v1/people/${alpha}/achievements`, ACHIEVEMENT)
    assert.equal(practitioner.status, 201)
    const own = await as('person').json('POST', `/api/v1/people/${alpha}/achievements`, {
      kind: 'milestone',
      title: 'Three months sober',
      achievedOn: '2026-11-01',
    })
    assert.equal(own.status, 201)
    let { body } = await as('comA').json('GET', `/api/v1/people/${alpha}/strengths`)
    const confirmedOf = (title: string) => body.achievements.find((a: { title: string }) => a.title === title).confirmed
    assert.equal(confirmedOf('Level 2 forklift licence').by, 'Staff comA')
    assert.equal(confirmedOf('Three months sober'), null)
    assert.equal(
      (await as('person').json('POST', `/api/v1/people/${alpha}/achievements/${own.body.id}/confirmation`, {})).status,
      403,
      'the person does not confirm their own',
    )
    const confirmed = await as('comA').json(
      'POST',
      `/api/v1/people/${alpha}/achievements/${own.body.id}/confirmation`,
      {
        organisation: 'Northgate Recovery Service',
      },
    )
    assert.equal(confirmed.status, 200)
    ;({ body } = await as('comA').json('GET', `/api/v1/people/${alpha}/strengths`))
    assert.equal(confirmedOf('Three months sober').organisation, 'Northgate Recovery Service')
    const again = await as('comA').json('POST', `/api/v1/people/${alpha}/achievements/${own.body.id}/confirmation`, {})
    assert.equal(again.status, 409)
  })

  it('refuses an achievement dated in the future', async () => {
    const response = await as('comA').json('POST', `/api/v1/people/${alpha}/achievements`, {
      ...ACHIEVEMENT,
      achievedOn: '2026-11-24',
    })
    assert.equal(response.status, 400)
  })

  it('keeps evidence checked by its bytes, and only ever sends it as a download', async () => {
    const page = `/people/${alpha}/strengths/achievements/new`
    const token = await as('comA').formToken(page)
    const fields = {
      kind: 'qualification',
      title: 'Food hygiene level 2',
      'achievedOn-day': '2',
      'achievedOn-month': '11',
      'achievedOn-year': '2026',
    }
    const disguised = await postForm(
      'comA',
      page,
      multipart(fields, {
        name: 'certificate.pdf',
        type: 'application/pdf',
        bytes: Buffer.from('<html><script>alert(1)</script></html>'),
      }),
      token,
    )
    assert.equal(disguised.status, 400)
    assert.match(await disguised.text(), /The selected file must be a PDF, PNG or JPG/)
    const tooBig = Buffer.alloc(5 * 1024 * 1024 + 1)
    tooBig.write('%PDF-1.4')
    const big = await postForm(
      'comA',
      page,
      multipart(fields, { name: 'big.pdf', type: 'application/pdf', bytes: tooBig }),
      token,
    )
    assert.equal(big.status, 413)
    const pdf = Buffer.from('%PDF-1.4\n% a certificate\n')
    const saved = await postForm(
      'comA',
      page,
      multipart(fields, { name: 'photo.png', type: 'image/png', bytes: pdf }),
      token,
    )
    assert.equal(saved.status, 303)
    const { body } = await as('comA').json('GET', `/api/v1/people/${alpha}/strengths`)
    const withEvidence = body.achievements.find((a: { title: string }) => a.title === 'Food hygiene level 2')
    assert.deepEqual(
      withEvidence.evidence,
      { type: 'application/pdf', size: pdf.length },
      'its type from its bytes, not its name',
    )
    const download = await as('comA').get(`/people/${alpha}/strengths/achievements/${withEvidence.id}/evidence`)
    assert.equal(download.status, 200)
    assert.match(download.headers.get('content-disposition')!, /^attachment; filename="achievement-evidence.pdf"$/)
    assert.equal(download.headers.get('x-content-type-options'), 'nosniff')
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), pdf)
    assert.equal(
      (await as('comB').get(`/people/${alpha}/strengths/achievements/${withEvidence.id}/evidence`)).status,
      404,
    )
  })

  it('refuses a form with a file on a route that takes none, and one without the anti-forgery token', async () => {
    const noToken = await fetch(`${app.baseUrl}/people/${alpha}/strengths/achievements/new`, {
      method: 'POST',
      body: multipart({ kind: 'qualification' }),
      headers: { cookie: as('comA').cookieHeader() },
      redirect: 'manual',
    })
    assert.equal(noToken.status, 403)
    const other = await postForm('comA', `/api/v1/people/${alpha}/giving-back`, multipart({ kind: 'volunteering' }))
    assert.equal(other.status, 415)
    const signedOut = await fetch(`${app.baseUrl}/people/${alpha}/strengths/achievements/new`, {
      method: 'POST',
      body: multipart({ kind: 'qualification', _csrf: 'anything' }),
      redirect: 'manual',
    })
    assert.equal(signedOut.status, 403, 'a signed-out form with a file is never read')
  })

  it('records giving back with its hours', async () => {
    const response = await as('comA').json('POST', `/api/v1/people/${alpha}/giving-back`, {
      kind: 'peer-mentoring',
      organisation: 'Second Chance Mentors',
      role: 'Peer mentor',
      startedOn: '2026-09-01',
      hours: 40,
    })
    assert.equal(response.status, 201)
    const { body } = await as('comA').json('GET', `/api/v1/people/${alpha}/strengths`)
    assert.equal(body.totalHours, 40)
  })

  it('shows the person their confirmed achievements on their home page', async () => {
    const home = await as('person').get('/')
    const html = await home.text()
    assert.match(html, /What you have achieved/, `${home.status} ${html.slice(0, 3000)}`)
    assert.match(html, /Level 2 forklift licence/)
    assert.match(html, /Three months sober/)
    const own = await (await as('person').get('/your-strengths')).text()
    assert.match(own, /To drive for a living/)
    assert.equal((await as('person').get(`/people/${alpha}/strengths`)).status, 404, 'never the staff page')
  })

  it('audits every read and write with ids only', async () => {
    const rows = await app.services.handle.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('action', 'like', 'achievement.%')
      .execute()
    assert.ok(rows.some(r => r.action === 'achievement.recorded'))
    assert.ok(rows.some(r => r.action === 'achievement.evidence-downloaded'))
    assert.ok(!JSON.stringify(rows).includes('forklift'), 'no case content')
    assert.ok(strengthCount >= 2)
  })
})

describe('the certificate of rehabilitation', () => {
  it('prompts on the caseload when the licence ends within 8 weeks and no certificate is in progress', async () => {
    const db = app.services.handle.db
    await db
      .updateTable('custody_episode')
      .set({ release_date: '2026-01-05', licence_expiry_date: '2027-01-10' })
      .where('person_id', '=', alpha)
      .execute()
    const deadlines = await app.services.certificates.deadlines([alpha, app.fixture.people.ofComB.id])
    assert.deepEqual(deadlines, [
      { personId: alpha, label: 'Certificate of rehabilitation to prepare', dueDate: '2027-01-10' },
    ])
  })

  it('is signed by the practitioner with what the person chose to show', async () => {
    const { body } = await as('comA').json('GET', `/api/v1/people/${alpha}/strengths`)
    const chosen = body.achievements
      .filter((a: { title: string }) => a.title !== 'Food hygiene level 2')
      .map((a: { id: string }) => a.id)
    const signed = await as('comA').json('POST', `/api/v1/people/${alpha}/certificates`, {
      reason: 'end-of-licence',
      personWords: 'I never thought I would get here. I have a job and a home.',
      practitionerWords: 'Alpha has worked hard for every part of this.',
      achievementIds: chosen,
      givingBackIds: body.givingBack.map((g: { id: string }) => g.id),
    })
    assert.equal(signed.status, 201, JSON.stringify(signed.body))
    certificateId = signed.body.id
    const page = await as('comA').get(`/people/${alpha}/certificates/${certificateId}`)
    assert.equal(page.status, 200)
    assert.match(
      await page.text(),
      /Waiting for countersignature[\s\S]*Level 2 forklift licence, Three months sober|Waiting for countersignature[\s\S]*Three months sober, Level 2 forklift licence/,
    )
    const list = await as('managerA').get(`/people/${alpha}/certificates`)
    assert.match(await list.text(), /Waiting for countersignature/)
    assert.deepEqual(await app.services.certificates.deadlines([alpha]), [], 'no prompt once one is in progress')
    const second = await as('comA').json('POST', `/api/v1/people/${alpha}/certificates`, {
      reason: 'end-of-licence',
      personWords: 'Again',
      practitionerWords: 'Again',
    })
    assert.equal(second.status, 409)
  })

  it('refuses achievements of someone else or not yet confirmed', async () => {
    const response = await as('comA').json('POST', `/api/v1/people/${alpha}/certificates`, {
      reason: 'milestone',
      personWords: 'x',
      practitionerWords: 'y',
      achievementIds: ['00000000-0000-4000-8000-000000000000'],
    })
    assert.equal(response.status, 400)
    assert.match(JSON.stringify(response.body), /milestone/)
  })

  it('is on the queue of the team’s manager to countersign, in one query', async () => {
    const items = app.services.certificates.oversightItems
    const before = certificateQueries
    const queue = await items.items({ teamId: app.fixture.org.teamA, today: TODAY })
    assert.equal(certificateQueries - before, 1)
    assert.deepEqual(
      queue.map(q => [q.kind, q.subjectId, q.personId, q.clears]),
      [['certificate-countersignature', certificateId, alpha, 'done-there']],
    )
    assert.deepEqual(await items.items({ teamId: app.fixture.org.teamB, today: TODAY }), [])
    const page = await as('managerA').get('/oversight')
    assert.match(await page.text(), /Certificate of rehabilitation to countersign/)
  })

  it('is countersigned only by a manager of the team, never a practitioner', async () => {
    const path = `/api/v1/people/${alpha}/certificates/${certificateId}/countersignature`
    assert.equal((await as('comA').json('POST', path)).status, 404)
    assert.equal((await as('managerB').json('POST', path)).status, 404, 'another team’s manager')
    const pdf = await as('comA').get(`/people/${alpha}/certificates/${certificateId}/certificate.pdf`)
    assert.equal(pdf.status, 404, 'no PDF before it is issued')
    const signed = await as('managerA').json('POST', path)
    assert.equal(signed.status, 200)
    code = signed.body.code
    assert.match(code, /^RC(-[0-9A-Z]{4}){6}$/)
    assert.equal((await as('managerA').json('POST', path)).status, 409, 'only once')
  })

  it('gives a PDF in the person’s words and the practitioner’s, with achievements, journey, spent date and code', async () => {
    const response = await as('comA').get(`/people/${alpha}/certificates/${certificateId}/certificate.pdf`)
    assert.equal(response.status, 200)
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()))
    assert.equal(pdf.title, 'Certificate of rehabilitation')
    assert.match(pdf.text, /Awarded to Test Alpha on 23 November 2026/)
    assert.match(pdf.text, /I never thought I would get here\. I have a job and a home\./)
    assert.match(pdf.text, /Alpha has worked hard for every part of this\./)
    assert.match(pdf.text, /Level 2 forklift licence \(Qualification or course\), 1 October 2026/)
    assert.match(pdf.text, /Three months sober/)
    assert.doesNotMatch(pdf.text, /Food hygiene level 2/, 'only what the person chose')
    assert.match(pdf.text, /Peer mentor at Second Chance Mentors: 40 hours/)
    assert.match(pdf.text, /Their journey 10 January 2025: Arrived in custody 5 January 2026: Released from custody/)
    assert.match(pdf.text, /No cautions or convictions are recorded for this certificate\./)
    assert.match(pdf.text, new RegExp(`Countersigned by Staff managerA, 23 November 2026`))
    assert.match(pdf.text, /The Probation Service, North PDU/)
    assert.match(pdf.text, new RegExp(code))
  })

  it('is given to the person, from their home page', async () => {
    const home = await (await as('person').get('/')).text()
    assert.match(home, new RegExp(`href="/your-certificate/${certificateId}"`))
    const response = await as('person').get(`/your-certificate/${certificateId}`)
    assert.equal(response.status, 200)
    assert.match((await readPdf(new Uint8Array(await response.arrayBuffer()))).text, /Awarded to Test Alpha/)
    assert.equal((await as('comA').get(`/your-certificate/${certificateId}`)).status, 404, 'a page for the person only')
  })

  it('is confirmed on the public page with its name, date and issuer only', async () => {
    const html = await (await anonymous().get(`/verify?code=${encodeURIComponent(code)}`)).text()
    assert.match(html, /This certificate is genuine/)
    assert.match(html, /Alpha/)
    assert.match(html, /23 November 2026/)
    assert.match(html, /The Probation Service, North PDU/)
    assert.doesNotMatch(html, /forklift|Second Chance|A000001/, 'nothing else')
    const api = await anonymous().json('GET', `/api/v1/certificates/verify/${code.toLowerCase()}`)
    assert.equal(api.status, 200)
    assert.deepEqual(Object.keys(api.body).sort(), ['issuedOn', 'issuer', 'name', 'revokedOn', 'status'])
    assert.equal(api.body.status, 'valid')
  })

  it('refuses a forged code and a code of another format without looking anything up', async () => {
    const last = code.at(-1) === 'A' ? 'B' : 'A'
    const forged = `${code.slice(0, -1)}${last}`
    const before = certificateQueries
    const forgedPage = await (await anonymous().get(`/verify?code=${forged}`)).text()
    assert.match(forgedPage, /No certificate has that code/)
    assert.equal((await anonymous().json('GET', `/api/v1/certificates/verify/${forged}`)).status, 404)
    const wrong = await (await anonymous().get('/verify?code=12345')).text()
    assert.match(wrong, /That is not a certificate code/)
    assert.equal((await anonymous().json('GET', '/api/v1/certificates/verify/not-a-code')).status, 400)
    assert.equal(certificateQueries, before, 'no certificate was looked up')
  })

  it('says when a certificate has been revoked', async () => {
    assert.equal(
      (
        await as('comB').json('POST', `/api/v1/people/${alpha}/certificates/${certificateId}/revocation`, {
          reason: 'x',
        })
      ).status,
      404,
    )
    const revoked = await as('managerA').json(
      'POST',
      `/api/v1/people/${alpha}/certificates/${certificateId}/revocation`,
      {
        reason: 'Issued in error',
      },
    )
    assert.equal(revoked.status, 200)
    const html = await (await anonymous().get(`/verify?code=${code}`)).text()
    assert.match(html, /This certificate has been revoked/)
    assert.doesNotMatch(html, /This certificate is genuine/)
    const api = await anonymous().json('GET', `/api/v1/certificates/verify/${code}`)
    assert.equal(api.body.status, 'revoked')
    assert.equal(api.body.revokedOn, TODAY)
    assert.doesNotMatch(await (await as('person').get('/')).text(), /your-certificate\//, 'no longer given')
    assert.equal((await as('person').get(`/your-certificate/${certificateId}`)).status, 404)
  })

  it('audits each check with its outcome only, naming neither the person nor the certificate', async () => {
    const rows = await app.services.handle.db
      .selectFrom('audit_event')
      .select(['subject_person_id', 'actor_id', 'details', 'outcome'])
      .where('action', '=', 'certificate.verification')
      .execute()
    assert.ok(rows.length >= 6)
    for (const row of rows) {
      assert.equal(row.subject_person_id, null)
      assert.equal(row.actor_id, null)
      assert.ok(!JSON.stringify(row.details).includes(certificateId))
      assert.ok(!JSON.stringify(row.details).includes(code))
    }
    const outcomes = new Set(rows.map(r => (r.details as { outcome: string }).outcome))
    for (const outcome of ['valid', 'signature', 'format', 'revoked']) assert.ok(outcomes.has(outcome), outcome)
  })

  it('keeps staff pages from the person', async () => {
    assert.equal((await as('person').get(`/people/${alpha}/certificates`)).status, 404)
    assert.equal((await as('person').json('GET', `/api/v1/people/${alpha}/certificates`)).status, 404)
  })

  it('limits lookups from one address', async () => {
    // One visitor: each test client has an address of its own.
    const visitor = anonymous()
    let status = 200
    for (let n = 0; n < 40 && status !== 429; n++) status = (await visitor.get(`/verify?code=RC-${n}`)).status
    assert.equal(status, 429)
  })
})
