/** XML text or attribute value; tabs and line breaks as character references so they survive parsing. */
export const xmlEscape = (value: string): string =>
  value.replace(
    /[&<>"'\t\n\r]/g,
    (character) =>
      ({
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&apos;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
      })[character]!
  );
