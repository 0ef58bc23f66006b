import type { ActionOwner, PathwayKey } from './needs.catalogue.ts'

/**
 * Fictional words for the demo: what people say about each pathway, and the actions practitioners plan. Partner
 * names are the demo's own fictional organisations.
 */
interface PathwayWords {
  /** How often a person in the demo has a need in this pathway on arrival. */
  chance: number
  need: string[]
  noNeed: string[]
  review: string[]
  actions: { description: string; owner: ActionOwner; ownerName?: string }[]
}

export const DEMO_WORDS: Record<PathwayKey, PathwayWords> = {
  accommodation: {
    chance: 0.5,
    need: [
      'I lost my flat when I came in. I need somewhere to go on the first night.',
      'I was sofa surfing before this. I can’t go back to my mum’s.',
      'My tenancy is still open but the rent is not being paid.',
    ],
    noNeed: ['I can go back to my partner’s place. It is in both our names.', 'My dad says I can stay with him.'],
    review: [
      'The council have been in touch about a room.',
      'Still nothing sorted. I am worried about the first night.',
    ],
    actions: [
      { description: 'Refer to the council under the duty to refer', owner: 'com' },
      {
        description: 'Apply for a room with Harbour Housing Trust',
        owner: 'partner',
        ownerName: 'Harbour Housing Trust',
      },
      { description: 'Write to the landlord to end the old tenancy', owner: 'person' },
    ],
  },
  'attitudes-thinking-behaviour': {
    chance: 0.3,
    need: ['I lose my temper fast and then it all goes wrong.', 'I want to stop ending up back in here.'],
    noNeed: ['I know what I did and I want to move on.'],
    review: ['The course helped. I walk away now.', 'I finished the course but I still get wound up.'],
    actions: [
      { description: 'Start the thinking skills programme on the wing', owner: 'pom' },
      { description: 'Meet the peer mentor every week', owner: 'other', ownerName: 'Peer mentor on the wing' },
    ],
  },
  'children-families-communities': {
    chance: 0.35,
    need: [
      'I have not seen my kids since I came in. I want to keep in touch.',
      'My family don’t speak to me at the moment.',
    ],
    noNeed: ['My sister visits every fortnight.', 'I have a good relationship with my family.'],
    review: ['The kids have been on two family days.', 'My mum is talking to me again.'],
    actions: [
      { description: 'Book a place on the next family day', owner: 'person' },
      { description: 'Set up video calls with the children', owner: 'family', ownerName: 'Children’s grandmother' },
    ],
  },
  'drugs-alcohol': {
    chance: 0.4,
    need: ['I was using every day before I came in.', 'Drink is the problem. Every time I get out I start again.'],
    noNeed: ['I don’t use anything.', 'I have been clean for two years.'],
    review: ['I have been going to the group and I am on a script.', 'I want to keep the same worker when I get out.'],
    actions: [
      {
        description: 'Referral to Open Door Recovery for treatment on release',
        owner: 'partner',
        ownerName: 'Open Door Recovery',
      },
      { description: 'Keep going to the recovery group on the wing', owner: 'person' },
    ],
  },
  'education-skills-work': {
    chance: 0.55,
    need: ['I left school at 15. I want to get my maths.', 'I want a job when I get out, maybe building work.'],
    noNeed: ['My old boss says I can go back to work there.'],
    review: ['I passed my level 1 maths.', 'I have an interview booked for after release.'],
    actions: [
      { description: 'Enrol on the English and maths course in education', owner: 'person' },
      { description: 'Send a CV to Next Step Employment', owner: 'partner', ownerName: 'Next Step Employment' },
      { description: 'Book the construction skills card test', owner: 'pom' },
    ],
  },
  'finance-id': {
    chance: 0.6,
    need: [
      'I have no ID and no bank account.',
      'I owe money on my phone and to a loan company.',
      'I don’t know how to claim Universal Credit.',
    ],
    noNeed: ['I have my passport and my bank card at home.'],
    review: ['My birth certificate has come.', 'The bank account is open. I still need my card.'],
    actions: [
      { description: 'Apply for a birth certificate', owner: 'pom' },
      { description: 'Open a bank account through the prison bank scheme', owner: 'person' },
      { description: 'Book the Universal Credit claim appointment for release day', owner: 'com' },
    ],
  },
  health: {
    chance: 0.45,
    need: [
      'I take medication for my mental health and I can’t run out.',
      'I have not seen a doctor in years.',
      'My back is bad and I can’t sleep.',
    ],
    noNeed: ['I am fit and well.'],
    review: ['I have a GP appointment booked for the week I get out.', 'Healthcare have sorted my tablets.'],
    actions: [
      { description: 'Register with a GP near the release address', owner: 'com' },
      {
        description: 'Arrange medication for the first days after release',
        owner: 'other',
        ownerName: 'Prison healthcare team',
      },
      { description: 'See the mental health in-reach team', owner: 'other', ownerName: 'Mental health in-reach team' },
    ],
  },
}

export const DEMO_PROGRESS_NOTES = {
  'in-progress': ['Form sent, waiting to hear back.', 'First appointment done.', 'Chased by phone this week.'],
  declined: ['The person does not want this at the moment.'],
  done: ['Done and confirmed in writing.', 'Completed.', 'Confirmed with the person.'],
}
