// French typography for the service's own French sentences (compile warnings): a non-breaking space
// before ":" and inside « », a narrow one before ; ! ?, as the taskpane's catalogs are written.
// Only for messages shown to people; never for the contents of a generated file.
export function frenchTypography(text: string): string {
  return text
    .replace(/ ([;!?])/g, "\u202f$1")
    .replace(/ :/g, "\u00a0:")
    .replace(/« /g, "«\u00a0")
    .replace(/ »/g, "\u00a0»");
}
