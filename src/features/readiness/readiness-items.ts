/**
 * The checklist's items as the pages and the API name them: titles, and the detail each records, field by
 * field. The forms are drawn from these definitions and the input schemas are built from them, so that a
 * field is described once.
 */
import { ACCOMMODATION_CATEGORIES, ACCOMMODATION_LABELS } from '../../platform/case/accommodation.ts'
import {
  BENEFITS,
  ID_STATUSES,
  ID_TYPES,
  ITEM_KEYS,
  ITEM_STATUSES,
  READINESS_POLICY,
  type ItemKey,
  type ItemStatus,
} from './readiness.rules.ts'

export interface Choice {
  value: string
  text: string
}

export type FieldKind = 'text' | 'textarea' | 'choice' | 'date' | 'time' | 'confirm'

export interface FieldDefinition {
  name: string
  kind: FieldKind
  /** The form's label or question. */
  label: string
  /** The field in a sentence, for messages: "Enter the address…", "The address must be…". */
  noun: string
  hint?: string
  choices?: readonly Choice[]
  maxLength?: number
  /** A date that records something done: it cannot be after today. */
  notAfterToday?: boolean
}

export interface ItemDefinition {
  key: ItemKey
  title: string
  /** What marking it met needs, shown above the form. */
  needsToBeMet: string
  fields: readonly FieldDefinition[]
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map(value => ({ value, text: labels[value] }))

export const STATUS_LABELS: Record<ItemStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  met: 'Met',
  'not-needed': 'Not needed',
}

export const ID_TYPE_LABELS: Record<(typeof ID_TYPES)[number], string> = {
  passport: 'Passport',
  'driving-licence': 'Driving licence',
  'birth-certificate': 'Birth certificate',
  'biometric-residence-permit': 'Biometric residence permit',
  'national-identity-card': 'National identity card',
  'citizen-card': 'CitizenCard or another PASS card',
}

export const ID_STATUS_LABELS: Record<(typeof ID_STATUSES)[number], string> = {
  none: 'No document yet',
  applied: 'Applied for',
  held: 'Held (in the person’s property or with them)',
}

export const BENEFIT_LABELS: Record<(typeof BENEFITS)[number], string> = {
  'universal-credit': 'Universal Credit',
  'pension-credit': 'Pension Credit',
  'new-style-esa': 'New Style Employment and Support Allowance',
  'new-style-jsa': 'New Style Jobseeker’s Allowance',
  'personal-independence-payment': 'Personal Independence Payment',
}

const text = (name: string, label: string, noun: string, hint?: string): FieldDefinition => ({
  name,
  kind: 'text',
  label,
  noun,
  hint,
  maxLength: 100,
})
const textarea = (name: string, label: string, noun: string, hint?: string): FieldDefinition => ({
  name,
  kind: 'textarea',
  label,
  noun,
  hint,
  maxLength: 500,
})

export const ITEMS: Record<ItemKey, ItemDefinition> = {
  accommodation: {
    key: 'accommodation',
    title: 'Accommodation for the first night',
    needsToBeMet: 'To mark this as met, select where the person will stay and give the address.',
    fields: [
      {
        name: 'accommodationCategory',
        kind: 'choice',
        label: 'Where will the person stay on the first night?',
        noun: 'where the person will stay',
        choices: choices(ACCOMMODATION_CATEGORIES, ACCOMMODATION_LABELS),
      },
      textarea('address', 'Address for the first night', 'the address'),
      text('contact', 'Who to ask for on arrival (optional)', 'who to ask for', 'For example, the duty manager'),
    ],
  },
  identity: {
    key: 'identity',
    title: 'Identity documents',
    needsToBeMet: 'To mark this as met, select the type of document and ‘Held’ once it has arrived.',
    fields: [
      {
        name: 'idType',
        kind: 'choice',
        label: 'Type of identity document',
        noun: 'the type of identity document',
        choices: choices(ID_TYPES, ID_TYPE_LABELS),
      },
      {
        name: 'idStatus',
        kind: 'choice',
        label: 'Where is the document now?',
        noun: 'where the document is',
        choices: choices(ID_STATUSES, ID_STATUS_LABELS),
      },
    ],
  },
  'bank-account': {
    key: 'bank-account',
    title: 'Bank account',
    needsToBeMet: 'To mark this as met, give the bank or building society.',
    fields: [
      text(
        'bankName',
        'Bank or building society',
        'the bank or building society',
        'For example, a basic account opened through the prison',
      ),
    ],
  },
  benefits: {
    key: 'benefits',
    title: 'Benefits claim',
    needsToBeMet: 'To mark this as met, select the benefit claimed. Mark it not needed, with a reason, if none is.',
    fields: [
      {
        name: 'benefit',
        kind: 'choice',
        label: 'Benefit claimed',
        noun: 'the benefit claimed',
        choices: choices(BENEFITS, BENEFIT_LABELS),
      },
      {
        name: 'claimDate',
        kind: 'date',
        label: 'Date the claim was made (optional)',
        noun: 'the date the claim was made',
        notAfterToday: true,
      },
    ],
  },
  gp: {
    key: 'gp',
    title: 'GP registration',
    needsToBeMet: 'To mark this as met, give the GP practice the person is registered with.',
    fields: [textarea('gpPractice', 'GP practice', 'the GP practice', 'The name and address of the surgery')],
  },
  medication: {
    key: 'medication',
    title: 'Medication on release',
    needsToBeMet:
      'To mark this as met, say what the person leaves with and where to get more. Mark it not needed, with a reason, if they take none.',
    fields: [
      textarea(
        'medicationArrangements',
        'Medication arrangements',
        'the medication arrangements',
        'For example, 7 days’ supply and a prescription sent to the GP',
      ),
    ],
  },
  'first-appointment': {
    key: 'first-appointment',
    title: 'First appointment with the community offender manager',
    needsToBeMet: 'To mark this as met, give the date, time and place of the appointment.',
    fields: [
      { name: 'appointmentDate', kind: 'date', label: 'Date of the appointment', noun: 'the date of the appointment' },
      {
        name: 'appointmentTime',
        kind: 'time',
        label: 'Time of the appointment',
        noun: 'the time of the appointment',
        hint: 'For example, 10:30am or 14:30',
      },
      textarea(
        'appointmentPlace',
        'Where the appointment is',
        'where the appointment is',
        'The office’s name and address',
      ),
    ],
  },
  'licence-conditions': {
    key: 'licence-conditions',
    title: 'Licence conditions explained and confirmed',
    needsToBeMet:
      'To mark this as met, give the date the conditions were explained and confirm that the person says they understand them.',
    fields: [
      {
        name: 'explainedOn',
        kind: 'date',
        label: 'Date the licence conditions were explained',
        noun: 'the date the licence conditions were explained',
        notAfterToday: true,
      },
      {
        name: 'confirmedByPerson',
        kind: 'confirm',
        label: 'The person says they understand their licence conditions',
        noun: 'the person’s confirmation',
      },
    ],
  },
  travel: {
    key: 'travel',
    title: 'Travel on the day of release',
    needsToBeMet: 'To mark this as met, say how the person will get from the prison to where they are going.',
    fields: [
      textarea(
        'travelArrangements',
        'How the person will travel',
        'how the person will travel',
        'For example, the train to Bristol Temple Meads with a travel warrant, or collected by family',
      ),
    ],
  },
}

export const NOTE_FIELD: FieldDefinition = textarea(
  'note',
  'Note (optional)',
  'the note',
  'Not shown to the person. If the item is not needed, say why.',
)

export function isItemKey(value: string): value is ItemKey {
  return (ITEM_KEYS as readonly string[]).includes(value)
}

/** The label of a choice, for the checklist and the plan. */
export function choiceText(item: ItemKey, field: string, value: unknown): string | undefined {
  return ITEMS[item].fields.find(f => f.name === field)?.choices?.find(c => c.value === value)?.text
}

/** The statuses an item may take: "not needed" only where someone may truly not need it. */
export function statusChoices(item: ItemKey): Choice[] {
  return ITEM_STATUSES.filter(s => s !== 'not-needed' || READINESS_POLICY.mayBeNotNeeded.includes(item)).map(s => ({
    value: s,
    text: STATUS_LABELS[s],
  }))
}
