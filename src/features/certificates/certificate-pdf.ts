import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { PdfBlock, PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { CertificateContent } from './certificate-content.ts'

/**
 * The certificate of rehabilitation, from what was fixed when it was issued: the person's words and the
 * practitioner's, the achievements and giving back the person chose to show, their journey, when their
 * convictions become spent, the signatures and the code that anyone can check.
 */
export function certificatePdf(c: CertificateContent, code: string): PdfContent {
  const occasion = c.reason === 'milestone' && c.milestone ? `for ${c.milestone}` : 'at the end of their licence'
  const blocks: PdfBlock[] = [
    {
      kind: 'paragraph',
      text: `This certificate recognises what ${c.holderName} has achieved and given back during their resettlement, ${occasion}.`,
    },
    { kind: 'heading', text: 'In their own words', level: 2 },
    { kind: 'paragraph', text: c.personWords },
    { kind: 'heading', text: 'From their probation practitioner', level: 2 },
    { kind: 'paragraph', text: c.practitionerWords },
  ]
  if (c.achievements.length) {
    blocks.push(
      { kind: 'heading', text: 'Achievements', level: 2 },
      { kind: 'list', items: c.achievements.map(a => `${a.title} (${a.kindName}), ${formatLongDate(a.achievedOn)}`) },
    )
  }
  if (c.givingBack.length) {
    blocks.push(
      { kind: 'heading', text: 'Giving back', level: 2 },
      { kind: 'list', items: c.givingBack.map(g => `${g.role} at ${g.organisation}: ${g.hours} hours`) },
    )
  }
  if (c.journey.length) {
    blocks.push(
      { kind: 'heading', text: 'Their journey', level: 2 },
      { kind: 'list', items: c.journey.map(j => `${formatLongDate(j.at.slice(0, 10))}: ${j.title}`) },
    )
  }
  blocks.push(
    { kind: 'heading', text: 'When convictions become spent', level: 2 },
    { kind: 'paragraph', text: c.spent },
    { kind: 'heading', text: 'Signed', level: 2 },
    {
      kind: 'facts',
      rows: [
        { label: 'Probation practitioner', value: `${c.signedBy}, ${formatLongDate(c.signedOn)}` },
        { label: 'Countersigned by', value: `${c.countersignedBy}, ${formatLongDate(c.countersignedOn)}` },
        { label: 'Issued by', value: c.issuer },
      ],
    },
    { kind: 'heading', text: 'Check this certificate', level: 2 },
    {
      kind: 'paragraph',
      text: `Verification code: ${code}. Anyone can check that this certificate is genuine on the Resettle verification page (/verify), which shows only the name, the date and the issuer.`,
    },
  )
  return {
    title: 'Certificate of rehabilitation',
    subtitle: `Awarded to ${c.holderName} on ${formatLongDate(c.countersignedOn)}.`,
    blocks,
  }
}
