/** Words that a column's name spells in lower case but a reader knows in capitals. */
const INITIALISMS: Record<string, string> = {
  crn: 'CRN',
  com: 'COM',
  pom: 'POM',
  pdu: 'PDU',
  rosh: 'RoSH',
  rsr: 'RSR',
  mappa: 'MAPPA',
  id: 'ID',
  ids: 'IDs',
  hdc: 'HDC',
}

/** A column's name as a label: `date_of_birth` is "Date of birth", `com_id` is "COM ID". */
export function columnLabel(column: string, labels: Readonly<Record<string, string>> = {}): string {
  const declared = labels[column]
  if (declared) return declared
  const words = column.split('_').filter(Boolean)
  return words
    .map((word, i) => INITIALISMS[word] ?? (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ')
}
