/** The form of every id in the content (entries' file names, milestones, claims, sources). */
import { z } from 'astro/zod';

/** Lowercase letters, digits and hyphens, starting with a letter or digit: safe as a URL part and an HTML id. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** An id field; `what` names it in the message ("claim id", "source id"). */
export const idSchema = (what: string) => z.string().regex(ID_PATTERN, `${what} must be lowercase letters, digits and hyphens`);
