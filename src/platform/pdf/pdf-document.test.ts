import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { renderPdf } from './pdf-document.ts'

test('renders a real PDF that a reader opens, with its title and every block in order', async () => {
  const pdf = await renderPdf({
    title: 'Your release day',
    subtitle: 'Made on 23 November 2026',
    blocks: [
      { kind: 'heading', text: 'Where to go' },
      { kind: 'paragraph', text: 'Go to 1 High Street at 10am.' },
      { kind: 'list', items: ['Bring your ID', 'Bring your bank card'] },
      { kind: 'facts', rows: [{ label: 'Your probation officer', value: 'Sam Jones' }] },
      { kind: 'table', head: ['Action', 'Due'], rows: [['Open a bank account', '1 December 2026']] },
    ],
  })
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-')
  const read = await readPdf(pdf)
  assert.equal(read.title, 'Your release day')
  assert.equal(read.pages, 1)
  const order = [
    'Your release day',
    'Where to go',
    '1 High Street',
    'Bring your bank card',
    'Sam Jones',
    'Due',
    'Open a bank account',
  ]
  const positions = order.map(text => read.text.indexOf(text))
  assert.ok(
    positions.every(position => position >= 0),
    `missing text in: ${read.text}`,
  )
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
  )
})

test('long content flows onto more pages rather than being cut off', async () => {
  const items = Array.from({ length: 120 }, (_, index) => `Step number ${index + 1}`)
  const read = await readPdf(await renderPdf({ title: 'Plan', blocks: [{ kind: 'list', items }] }))
  assert.ok(read.pages > 1)
  assert.match(read.text, /Step number 120/)
})
