/** Checks on quotation marks in the site's text, shared by unit and e2e tests. */

/**
 * Where a double quote opens inside another, or one is left open or closes nothing: a quotation
 * within a quotation must be single (“… the ‘Treaty’ …”). Apostrophes are right single quotes too,
 * so only the double quotes are followed.
 */
export function doubleQuoteFaults(text: string): string[] {
  const faults: string[] = [];
  const around = (i: number) => `…${text.slice(Math.max(0, i - 30), i + 30)}…`;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“') {
      depth++;
      if (depth > 1) faults.push(`“ opens inside another: ${around(i)}`);
    } else if (text[i] === '”') {
      if (depth === 0) faults.push(`” closes nothing: ${around(i)}`);
      else depth--;
    }
  }
  if (depth > 0) faults.push(`${depth} “ never closed: ${around(text.length)}`);
  return faults;
}
