/**
 * When each caution or conviction becomes spent, and when it stops showing on standard and enhanced DBS checks:
 * issue 7's rules engine, following `shared/rules/disclosure.md` (the Ministry of Justice checker's rules and
 * conventions, and drag-through as section 6 corrects it, so that no order of the records changes an answer).
 * Pure: no I/O, and today's date only if the caller gives it. Takes input parsed by `disclosureInputSchema`.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { dbsFiltering, type DbsFiltering } from './dbs-filtering.rules.ts'
import { ageOn, isUnder18On } from './disclosure-dates.ts'
import { explainRecord } from './disclosure-explanation.rules.ts'
import {
  disposalOutcome,
  type DisposalOutcome,
  type DisposalRule,
  type RehabilitationPeriod,
} from './disclosure-periods.rules.ts'
import type { DisclosureInput, DisclosureRecord } from './disclosure.schemas.ts'
import { DISPOSALS, type RecordKind } from './disposal-types.ts'
import { dragThrough, type DragResult } from './drag-through.rules.ts'
import { isDate, longest, type ConvictionSpent, type SpentValue } from './spent-value.ts'

export type DisclosureOptions = {
  /** Today in England and Wales (`todayInLondon()`), to say what shows on a check now. Leave out for dates only. */
  today?: IsoDate
}

/** Where the record stands on `date` (given as `options.today`). A record is spent from its spent date. */
export type RecordStatus = {
  date: IsoDate
  spent: boolean
  /** Basic checks show unspent convictions and unspent conditional cautions. */
  onBasicCheck: boolean
  onStandardAndEnhancedCheck: boolean
}

export type RecordResult = {
  kind: RecordKind
  date: IsoDate
  /** Under 18 on the record's date: the youth periods apply. */
  youth: boolean
  ageAtDate: number
  /** The first day the record is spent, or `immediately`, `never` or `indefinite`. */
  spent: SpentValue
  explanation: string
  /** The rule of the disposal that sets the record's own period (the longest). */
  rule: DisposalRule
  rehabilitationPeriod: RehabilitationPeriod | null
  /** The record on its own, before another conviction extended it. */
  ownSpent: SpentValue
  /**
   * Index in `input.records` of the conviction whose period this one was extended to, or that made it never
   * spent; null if none. Which one is named can depend on the order given; `spent` cannot.
   */
  extendedBy: number | null
  /** One per disposal, in the order given. */
  disposals: DisposalOutcome[]
  filtering: DbsFiltering
  /** Only when `options.today` is given. */
  asOf?: RecordStatus
}

export type DisclosureResult = { records: RecordResult[] }

export function checkDisclosure(input: DisclosureInput, options: DisclosureOptions = {}): DisclosureResult {
  const assessed = input.records.map(record => assess(input.dateOfBirth, record))
  const extended = extendConvictions(assessed)
  const records = assessed.map((record, i) =>
    finish(record, extended.get(i) ?? unextended(record), assessed, extended, options.today),
  )
  return { records }
}

type Assessed = {
  record: DisclosureRecord
  youth: boolean
  age: number
  outcomes: DisposalOutcome[]
  ownSpent: SpentValue
  /** Over participating disposals only; null when none participate (or for a caution). */
  core: ConvictionSpent | null
  deciding: DisposalOutcome
}

function assess(dateOfBirth: IsoDate, record: DisclosureRecord): Assessed {
  const youth = isUnder18On(dateOfBirth, record.date)
  const outcomes = record.disposals.map(disposal => disposalOutcome(disposal, record.date, youth))
  const ownSpent = record.kind === 'caution' ? outcomes[0]?.spent : longest(outcomes.map(convictionSpent))
  const core = record.kind === 'caution' ? null : longest(outcomes.filter(o => o.participates).map(convictionSpent))
  const deciding = outcomes.find(o => o.spent === ownSpent)
  if (!ownSpent || !deciding) throw new RangeError('a record with no disposals: parse with disclosureInputSchema')
  return { record, youth, age: ageOn(dateOfBirth, record.date), outcomes, ownSpent, core, deciding }
}

function convictionSpent({ spent, type }: DisposalOutcome): ConvictionSpent {
  if (spent === 'immediately') throw new RangeError(`${type} on a conviction: parse with disclosureInputSchema`)
  return spent
}

type Extension = Omit<DragResult, 'spent'> & { spent: SpentValue }

/** Section 6, over convictions only (cautions never drag and are never dragged), keyed by record index. */
function extendConvictions(assessed: readonly Assessed[]): Map<number, Extension> {
  const indexes = assessed.flatMap((a, i) => (a.record.kind === 'conviction' ? [i] : []))
  const convictions = indexes.map(i => {
    const { record, ownSpent, core } = assessed[i] as Assessed
    return { date: record.date, full: ownSpent as ConvictionSpent, core }
  })
  const toRecord = (j: number) => indexes[j] as number
  return new Map(
    dragThrough(convictions).map(({ extendedBy, linked, ...rest }, j) => [
      toRecord(j),
      {
        ...rest,
        extendedBy: extendedBy === null ? null : toRecord(extendedBy),
        ...(linked && { linked: { ...linked, with: linked.with.map(toRecord) } }),
      },
    ]),
  )
}

const unextended = ({ ownSpent }: Assessed): Extension => ({ spent: ownSpent, extendedBy: null })

function finish(
  assessed: Assessed,
  { spent, extendedBy, linked, checkerGives }: Extension,
  all: readonly Assessed[],
  extended: ReadonlyMap<number, Extension>,
  today: IsoDate | undefined,
): RecordResult {
  const { record, youth, age, outcomes, ownSpent, deciding } = assessed
  const filtering = dbsFiltering({
    kind: record.kind,
    date: record.date,
    youth,
    spent,
    listedOffence: record.disposals.some(d => d.listedOffence === true),
    custodialDisposal: outcomes.map(o => DISPOSALS[o.type]).find(info => info.custodialForDbs)?.label ?? null,
  })
  const explanation = explainRecord({
    kind: record.kind,
    date: record.date,
    age,
    youth,
    disposalExplanations: outcomes.map(o => o.explanation),
    ownSpent,
    spent,
    extendedBy: extendedBy === null ? null : describeExtension(extendedBy, all, extended),
    ...(linked && { linked: { dates: linked.with.map(i => dateOf(all, i)), until: linked.until } }),
    ...(checkerGives && { checkerGives }),
  })
  const result: RecordResult = {
    kind: record.kind,
    date: record.date,
    youth,
    ageAtDate: age,
    spent,
    explanation,
    rule: deciding.rule,
    rehabilitationPeriod: deciding.rehabilitationPeriod,
    ownSpent,
    extendedBy,
    disposals: outcomes,
    filtering,
  }
  return today ? { ...result, asOf: statusOn(today, spent, filtering) } : result
}

function describeExtension(index: number, all: readonly Assessed[], extended: ReadonlyMap<number, Extension>) {
  const next = extended.get(index)?.extendedBy ?? null
  return { date: dateOf(all, index), itselfExtendedBy: next === null ? null : dateOf(all, next) }
}

const dateOf = (all: readonly Assessed[], index: number): IsoDate => all[index]?.record.date ?? ''

export function statusOn(date: IsoDate, spent: SpentValue, filtering: DbsFiltering): RecordStatus {
  const isSpent = spent === 'immediately' || (isDate(spent) && date >= spent)
  const { filteredFrom } = filtering
  const filtered = filteredFrom === 'immediately' || (isDate(filteredFrom) && date >= filteredFrom)
  return { date, spent: isSpent, onBasicCheck: !isSpent, onStandardAndEnhancedCheck: !filtered }
}
