import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { generate } from 'otplib'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { PASSWORD } from '../../../test/support/fixture.ts'
import type { Role } from '../../platform/db/schema.ts'

let app: TestApp
let admin: Client
before(async () => {
  app = await startTestApp()
  admin = await new Client(app.baseUrl).signIn('admin')
})
after(() => app.close())

const NEW_PASSWORD = 'a long first password 2026'
const db = () => app.services.handle.db

async function postForm(client: Client, page: string, path: string, form: Record<string, string>) {
  const token = /name="_csrf" value="([^"]+)"/.exec(await (await client.get(page)).text())?.[1] ?? ''
  return client.request('POST', path, { form: { _csrf: token, ...form } })
}

async function actions() {
  const rows = await db().selectFrom('audit_event').select('action').where('actor_username', '=', 'admin').execute()
  return rows.map(row => row.action)
}

describe('the staff pages', () => {
  it('list staff by name with their role, team and MFA, filtered by role and by team', async () => {
    const all = await (await admin.get('/admin/staff')).text()
    assert.match(all, /Staff comA/)
    assert.match(all, /Staff pom1/)
    const managers = await (await admin.get('/admin/staff?role=manager')).text()
    assert.match(managers, /Staff managerA/)
    assert.doesNotMatch(managers, /Staff comA</)
    const teamB = await (await admin.get(`/admin/staff?teamId=${app.fixture.org.teamB}`)).text()
    assert.match(teamB, /Staff comB/)
    assert.doesNotMatch(teamB, /Staff comA</)
    assert.match(all, /href="\/admin\/staff"[^>]*aria-current|Staff<\/a>/, 'the admin sees Staff in the navigation')
    assert.ok((await actions()).includes('staff.listed'))
  })

  it('add a staff member, showing every problem at once and writing nothing on bad input', async () => {
    const bad = await postForm(admin, '/admin/staff/new', '/admin/staff/new', {
      displayName: '',
      username: 'x',
      role: 'com',
      password: 'short',
    })
    assert.equal(bad.status, 400)
    const html = await bad.text()
    for (const message of ['Enter the name', 'A username has 2 to 40', 'Select the team of this COM', 'at least 12'])
      assert.match(html, new RegExp(message))
    assert.equal((await db().selectFrom('app_user').select('id').where('username', '=', 'x').execute()).length, 0)

    const good = await postForm(admin, '/admin/staff/new', '/admin/staff/new', {
      displayName: 'Morgan Ellis',
      username: 'mellis',
      role: 'com',
      teamCode: 'TB',
      password: NEW_PASSWORD,
    })
    assert.equal(good.status, 303)
    const shown = await (await admin.get(good.headers.get('location')!)).text()
    assert.match(shown, /Staff member Morgan Ellis added/)
    assert.match(shown, /Team B/)
    assert.ok(await new Client(app.baseUrl).signIn('mellis', NEW_PASSWORD))
    const taken = await postForm(admin, '/admin/staff/new', '/admin/staff/new', {
      displayName: 'Other',
      username: 'MELLIS',
      role: 'admin',
      password: NEW_PASSWORD,
    })
    assert.equal(taken.status, 400)
    assert.match(await taken.text(), /That username is taken/)
  })

  it('change a role and team, and deactivate (signing out) and reactivate an account, each confirmed', async () => {
    const id = app.fixture.staff.comA2!.id
    const comA2 = await new Client(app.baseUrl).signIn('comA2')
    const changed = await postForm(admin, `/admin/staff/${id}`, `/admin/staff/${id}`, {
      role: 'manager',
      teamCode: 'TC',
    })
    assert.equal(changed.status, 303)
    assert.match(await (await admin.get(`/admin/staff/${id}`)).text(), /Role and team of Staff comA2 saved/)
    assert.equal((await comA2.json('GET', '/api/v1/me')).body.user.role, 'manager')

    const off = await postForm(admin, `/admin/staff/${id}`, `/admin/staff/${id}/active`, { active: 'false' })
    assert.equal(off.status, 303)
    assert.match(await (await admin.get(`/admin/staff/${id}`)).text(), /deactivated/)
    assert.equal((await comA2.json('GET', '/api/v1/me')).status, 401, 'signed out everywhere')
    assert.equal(
      (await new Client(app.baseUrl).json('POST', '/api/v1/sign-in', { username: 'comA2', password: PASSWORD })).status,
      400,
    )
    await postForm(admin, `/admin/staff/${id}`, `/admin/staff/${id}/active`, { active: 'true' })
    assert.ok(await new Client(app.baseUrl).signIn('comA2'))
    const audit = await actions()
    for (const action of ['staff.changed', 'staff.deactivated', 'staff.reactivated'])
      assert.ok(audit.includes(action), action)
  })

  it('refuse a role change without the team it needs, and an admin changing their own account', async () => {
    const id = app.fixture.staff.comB!.id
    const bad = await postForm(admin, `/admin/staff/${id}`, `/admin/staff/${id}`, { role: 'pom' })
    assert.equal(bad.status, 400)
    assert.match(await bad.text(), /Select the prison of this POM/)
    const self = app.fixture.staff.admin!.id
    const own = await admin.json('PATCH', `/api/v1/staff/${self}`, { role: 'com', teamCode: 'TA' })
    assert.equal(own.status, 409)
  })

  it('reset a staff member’s MFA, so that they sign in with the password alone', async () => {
    const pom2 = await new Client(app.baseUrl).signIn('pom2')
    const begun = await pom2.json('POST', '/api/v1/account/mfa/set-up')
    const secret = begun.body.secret.replace(/\s/g, '')
    assert.equal(
      (await pom2.json('POST', '/api/v1/account/mfa/confirm', { code: await generate({ secret }) })).status,
      200,
    )
    const id = app.fixture.staff.pom2!.id
    assert.match(await (await admin.get(`/admin/staff/${id}`)).text(), /Reset multi-factor authentication/)
    const reset = await postForm(admin, `/admin/staff/${id}`, `/admin/staff/${id}/mfa-reset`, {})
    assert.equal(reset.status, 303)
    assert.match(await (await admin.get(`/admin/staff/${id}`)).text(), /Multi-factor authentication reset/)
    assert.ok(await new Client(app.baseUrl).signIn('pom2'))
    assert.ok((await actions()).includes('mfa.reset'))
  })

  it('list teams and add one, refusing a code already taken', async () => {
    assert.match(await (await admin.get('/admin/teams')).text(), /Team A/)
    const pdu = app.fixture.org.pduNorth
    const taken = await postForm(admin, '/admin/teams', '/admin/teams', { code: 'ta', name: 'Again', pduId: pdu })
    assert.equal(taken.status, 400)
    assert.match(await taken.text(), /That team code is taken/)
    const added = await postForm(admin, '/admin/teams', '/admin/teams', { code: 'TD', name: 'Team D', pduId: pdu })
    assert.equal(added.status, 303)
    assert.match(await (await admin.get('/admin/teams')).text(), /Team Team D added/)
    assert.ok((await actions()).includes('team.created'))
  })
})

describe('the staff API', () => {
  it('creates, reads, changes and lists staff, and creates teams', async () => {
    const created = await admin.json('POST', '/api/v1/staff', {
      displayName: 'Sam Price',
      username: 'sprice',
      role: 'pom',
      prisonCode: 'P2',
      password: NEW_PASSWORD,
    })
    assert.equal(created.status, 201)
    const read = await admin.json('GET', `/api/v1/staff/${created.body.id}`)
    assert.equal(read.body.worksIn, 'HMP Two')
    const changed = await admin.json('PATCH', `/api/v1/staff/${created.body.id}`, { role: 'admin' })
    assert.equal(changed.body.role, 'admin')
    assert.equal(changed.body.worksIn, null)
    const off = await admin.json('PUT', `/api/v1/staff/${created.body.id}/active`, { active: false })
    assert.equal(off.body.active, false)
    const list = await admin.json('GET', '/api/v1/staff?role=admin')
    assert.ok(list.body.staff.some((m: { username: string }) => m.username === 'sprice'))
    const team = await admin.json('POST', '/api/v1/teams', {
      code: 'TE',
      name: 'Team E',
      pduId: app.fixture.org.pduSouth,
    })
    assert.equal(team.status, 201)
    assert.equal((await admin.json('DELETE', `/api/v1/staff/${created.body.id}/mfa`)).status, 204)
  })
})

describe('who may administer staff', () => {
  const others: [Role, string][] = [
    ['com', 'comA'],
    ['manager', 'managerA'],
    ['pom', 'pom1'],
    ['partner', 'partner'],
  ]

  it('refuses every staff page and API route to every other role, as if it were not there', async () => {
    const staffRoutes = app.routes.filter(route => /^\/(api\/v1\/)?(admin\/)?(staff|teams)/.test(route.path))
    assert.ok(staffRoutes.length >= 16, `found ${staffRoutes.length}`)
    const target = app.fixture.staff.comB!.id
    for (const [role, username] of others) {
      const client = await new Client(app.baseUrl).signIn(username)
      for (const route of staffRoutes) {
        const path = route.path.replace(':userId', target)
        const response =
          route.kind === 'api'
            ? await client.json(route.method.toUpperCase(), path, route.method === 'get' ? undefined : {})
            : route.method === 'get'
              ? await client.request('GET', path)
              : await client.request('POST', path, { form: { _csrf: await client.formToken('/'), role: 'admin' } })
        assert.equal(response.status, 404, `${role} ${route.method} ${route.path}`)
      }
    }
    const person = await db().selectFrom('app_user').select('username').where('role', '=', 'person').executeTakeFirst()
    if (person) {
      const client = await new Client(app.baseUrl).signIn(person.username)
      assert.equal((await client.json('GET', '/api/v1/staff')).status, 404)
    }
    const unchanged = await db()
      .selectFrom('app_user')
      .select('role')
      .where('id', '=', target)
      .executeTakeFirstOrThrow()
    assert.equal(unchanged.role, 'com')
  })

  it('does not show the Staff link to anyone but an admin', async () => {
    for (const [, username] of others) {
      const client = await new Client(app.baseUrl).signIn(username)
      assert.doesNotMatch(await (await client.get('/')).text(), /href="\/admin\/staff"/)
    }
    assert.match(await (await admin.get('/')).text(), /href="\/admin\/staff"/)
  })
})
