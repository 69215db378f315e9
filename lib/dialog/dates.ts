/**
 * Dates as a UK reader expects them: day, month, year. Overlays from US-configured processors print
 * month first ("07/28/1944"), metadata prints ISO ("2024-03-12 09:41:07") and DICOM prints "19440728".
 * Only orders that can be told apart are turned round; "03/04/1961" could be either, so it is shown as read.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const valid = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

function dmy(day: number, month: number, year: string): string {
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** A date in day/month/year order where its order can be told; otherwise `text` unchanged. */
export function britishDate(text: string): string {
  const trimmed = text.trim();
  const iso = /^(\d{4})[-.:/](\d{1,2})[-.:/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/.exec(trimmed);
  if (iso) {
    const [, y, m, d, hh, mm] = iso;
    if (!valid(Number(d), Number(m))) return text;
    return dmy(Number(d), Number(m), y!) + (hh ? ` ${pad(Number(hh))}:${mm}` : '');
  }
  const dicom = /^(19|20)(\d{2})(\d{2})(\d{2})$/.exec(trimmed);
  if (dicom) {
    const [, c, y, m, d] = dicom;
    return valid(Number(d), Number(m)) ? dmy(Number(d), Number(m), `${c}${y}`) : text;
  }
  const parts = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})$/.exec(trimmed);
  if (parts) {
    const [, a, sep, b, y] = parts;
    const first = Number(a);
    const second = Number(b);
    // Month first can only be proved when the second number cannot be a month.
    if (first <= 12 && second > 12 && second <= 31) return `${pad(second)}${sep}${pad(first)}${sep}${y}`;
  }
  return text;
}

/** Every date inside a longer text put in day/month/year order ("Birth: 07/28/1944" → "Birth: 28/07/1944"). */
export function britishDatesIn(text: string): string {
  return text.replace(/\b\d{4}[-:]\d{1,2}[-:]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\b|\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b/g, (match) => britishDate(match));
}
