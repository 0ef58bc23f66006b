/**
 * Times of day for appointments: read as people type them ("10:30", "9.15am", "2pm", "14:30") and kept as
 * 24-hour "HH:MM"; shown in the GOV.UK style ("10:30am", "2pm", "midday", "midnight"). Pure.
 */
const WORDS: Record<string, string> = { midday: '12:00', noon: '12:00', midnight: '00:00' }
const TYPED = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i

export function parseTime(text: string): string | null {
  const match = TYPED.exec(text.trim().replace(/\s+/g, ' '))
  if (!match) return WORDS[text.trim().toLowerCase()] ?? null
  const [, hourText, minuteText, meridiem] = match
  let hour = Number(hourText)
  const minute = Number(minuteText ?? '0')
  if (minute > 59) return null
  if (meridiem) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0)
  } else if (minuteText === undefined || hour > 23) {
    // "10" alone could be morning or evening: ask for the minutes or am/pm.
    return null
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

export function formatTime(time: string | null | undefined): string {
  if (!time) return ''
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  if (hour === 12 && minute === 0) return 'midday'
  if (hour === 0 && minute === 0) return 'midnight'
  const twelve = hour % 12 === 0 ? 12 : hour % 12
  return `${twelve}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`
}
