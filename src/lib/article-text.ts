/**
 * The text of the article the site documents, from the one copy in the repository (the research
 * notes' article.txt, kept under tests/fixtures/research/), which the unit tests check every quote
 * against too. The build reads it to put the claims in the article's order.
 */
import text from '../../tests/fixtures/research/article.txt?raw';

export const ARTICLE_TEXT: string = text;
