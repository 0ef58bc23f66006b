/**
 * What evidence of an achievement may be: a PDF, a PNG or a JPEG, told by the file's first bytes (never by its
 * name or the type the sender claims), and no larger than 5MB.
 */
export const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const
export type EvidenceType = (typeof EVIDENCE_TYPES)[number]
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024

const SIGNATURES: readonly { type: EvidenceType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
]

export const EVIDENCE_EXTENSIONS: Record<EvidenceType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
}

/** The file's real type from its first bytes, or null when it is none of those allowed. */
export function evidenceTypeOf(bytes: Uint8Array): EvidenceType | null {
  const found = SIGNATURES.find(({ bytes: signature }) => signature.every((byte, i) => bytes[i] === byte))
  return found?.type ?? null
}

/** Why a file cannot be kept as evidence, or null when it can. */
export function evidenceProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'The selected file is empty'
  if (bytes.length > MAX_EVIDENCE_BYTES) return 'The selected file must be smaller than 5MB'
  if (!evidenceTypeOf(bytes)) return 'The selected file must be a PDF, PNG or JPG'
  return null
}
