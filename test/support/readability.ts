/**
 * How plainly a text reads, for tests of what the person reads: the Flesch–Kincaid grade of its sentences
 * (grade 4 is a reading age of 9), and the longest sentence in words.
 */

/** Syllables by vowel groups, less a silent final e: rough, as readability formulas are. */
export function syllablesIn(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '')
  if (!letters) return 0
  const groups = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').match(/[aeiouy]{1,2}/g)
  return Math.max(1, groups?.length ?? 0)
}

/** Lines of text split into sentences at a full stop, question mark, exclamation mark or colon. */
export function sentencesIn(lines: string[]): string[] {
  return lines.flatMap(line => line.split(/(?<=[.!?:])\s+/).filter(s => s.trim()))
}

export function fleschKincaidGrade(sentences: string[]): number {
  const words = sentences.flatMap(s => s.split(/\s+/).filter(Boolean))
  const syllables = words.reduce((n, w) => n + syllablesIn(w), 0)
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59
}
