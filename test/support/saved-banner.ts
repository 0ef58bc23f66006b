/** What the GOV.UK success banner after a save says on a page, or undefined when the page has none. */
export function savedBanner(html: string): string | undefined {
  return /data-qa="saved"[\s\S]*?govuk-notification-banner__heading">\s*([^<]+?)\s*</.exec(html)?.[1]
}
