import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { newlyArrived } from '../../src/features/needs/needs.test-support.ts'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'
import { StaffHomePage } from './pages/home.page.ts'
import { NeedActionFormPage } from './pages/need-action-form.page.ts'
import { NeedsPage } from './pages/needs.page.ts'
import { PeopleListPage } from './pages/people-list.page.ts'
import { PersonOverviewPage } from './pages/person-overview.page.ts'
import { ScreeningFormPage } from './pages/screening-form.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { launchBrowser, loadingNewPage, withPage } from './support/browser.ts'

const TODAY = '2026-11-23'
let app: TestApp
let browser: Browser

before(async () => {
  ;[app, browser] = await Promise.all([startTestApp({ today: TODAY }), launchBrowser()])
})

after(async () => {
  await browser?.close()
  await app?.close()
})

describe('needs', () => {
  it('a POM screens a newly arrived person, then plans and finishes work against a need', () =>
    withPage(browser, app.baseUrl, async page => {
      // The person arrived yesterday, added through the API as the prison would.
      const pom1 = await new Client(app.baseUrl).signIn('pom1')
      await newlyArrived(app, pom1, TODAY, 'Newcomer')

      await SignInPage.signInAs(page, 'pom1')
      const home = await new StaffHomePage(page, 'Staff pom1').verifyOnPage()
      await loadingNewPage(page, () => home.findAPerson.click())
      const list = await new PeopleListPage(page).verifyOnPage()
      await list.search('Newcomer')
      await list.verifyOnPage()
      await list.openPerson('Newcomer, Nova')
      await new PersonOverviewPage(page, 'Newcomer, Nova').verifyOnPage()

      const needs = await NeedsPage.openFromOverview(page)
      assert.equal(await needs.deadline('Screening on arrival'), 'Due by 25 November 2026, in 2 days')
      assert.equal(await needs.deadline('Pre-release review'), 'Due by 31 August 2027, in 281 days')
      assert.equal(await needs.overdueWarning('arrival').count(), 0)
      assert.equal(await needs.noActions.innerText(), 'No actions have been planned yet.')

      await needs.recordScreening('arrival')
      const form = await new ScreeningFormPage(page).verifyOnPage()
      assert.equal(await form.deadline.innerText(), 'Due by 25 November 2026, in 2 days')
      await form.womensQuestionsApply('Yes')
      await form.answerForWomen(
        'Was the person caring for children before custody, or will they be after release?',
        'Yes',
      )
      await form.answer('Accommodation', { status: 'Need identified', ownWords: 'I lost my flat when I came in.' })
      await form.save()
      await form.verifyOnPage()
      const errors = await form.errorLinks()
      assert.deepEqual(errors.slice(0, 3), [
        { text: 'Select how pressing the accommodation need is', href: '#pathways-accommodation-urgency' },
        {
          text: 'Select a status for attitudes, thinking and behaviour',
          href: '#pathways-attitudes-thinking-behaviour-status',
        },
        {
          text: 'Select a status for children, families and communities',
          href: '#pathways-children-families-communities-status',
        },
      ])
      assert.deepEqual(
        errors.slice(-3).map(e => e.href),
        ['#womensNeeds-domestic-abuse', '#womensNeeds-sex-work', '#womensNeeds-trauma'],
      )
      assert.equal(await form.ownWords('Accommodation').inputValue(), 'I lost my flat when I came in.', 'kept')

      await form.answer('Accommodation', { status: 'Need identified', urgency: 'Urgent' })
      await form.answer('Attitudes, thinking and behaviour', { status: 'No need' })
      await form.answer('Children, families and communities', {
        status: 'Need identified',
        urgency: 'High',
        ownWords: 'I want to see my kids.',
      })
      await form.answer('Drugs and alcohol', { status: 'No need' })
      await form.answer('Education, skills and work', { status: 'Support declined', urgency: 'Low' })
      await form.answer('Finance and ID', { status: 'Need identified', urgency: 'Medium', ownWords: 'I have no ID.' })
      await form.answer('Health', { status: 'No need' })
      await form.answerForWomen('Has the person experienced domestic abuse, or are they at risk of it?', 'No')
      await form.answerForWomen('Has the person been involved in sex work, or been pressured into it?', 'No')
      await form.answerForWomen('Has the person experienced trauma that affects them now?', 'Did not want to say')
      await form.save()

      await needs.verifyOnPage()
      assert.equal(await needs.savedMessage(), 'Screening on arrival saved')
      assert.equal(await needs.deadline('Screening on arrival'), 'Done on 23 November 2026\nRecorded by Staff pom1')
      assert.deepEqual(await needs.pathways(), [
        ['Accommodation', 'Need identified', 'Urgent', 'I lost my flat when I came in.'],
        ['Attitudes, thinking and behaviour', 'No need', 'None', 'Nothing recorded'],
        ['Children, families and communities Caring for children', 'Need identified', 'High', 'I want to see my kids.'],
        ['Drugs and alcohol', 'No need', 'None', 'Nothing recorded'],
        ['Education, skills and work', 'Support declined', 'Low', 'Nothing recorded'],
        ['Finance and ID', 'Need identified', 'Medium', 'I have no ID.'],
        ['Health', 'No need', 'None', 'Nothing recorded'],
      ])

      await needs.addAction()
      const actionForm = await new NeedActionFormPage(page).verifyOnPage()
      assert.deepEqual(await actionForm.needs(), [
        'Accommodation',
        'Children, families and communities',
        'Education, skills and work',
        'Finance and ID',
      ])
      await actionForm.fill({
        need: 'Finance and ID',
        description: 'Apply for a birth certificate',
        dueDate: '1/11/2026',
      })
      await actionForm.save()
      await actionForm.verifyOnPage()
      assert.deepEqual(await actionForm.errorLinks(), [
        { text: 'Select who will do it', href: '#owner' },
        { text: 'The due date must be today or in the future', href: '#dueDate' },
      ])
      await actionForm.fill({ owner: 'Prison offender manager', dueDate: '14/12/2026' })
      await actionForm.save()

      await needs.verifyOnPage()
      assert.equal(await needs.savedMessage(), 'Action added')
      assert.deepEqual(await needs.actions(), [
        [
          'Finance and ID',
          'Apply for a birth certificate',
          'Prison offender manager',
          '14 December 2026',
          'Not started',
        ],
      ])
      await needs.markDone('Apply for a birth certificate')
      await needs.verifyOnPage()
      assert.deepEqual(await needs.actions(), [
        [
          'Finance and ID',
          'Apply for a birth certificate',
          'Prison offender manager',
          '14 December 2026',
          'Done on 23 November 2026',
        ],
      ])
    }))
})
