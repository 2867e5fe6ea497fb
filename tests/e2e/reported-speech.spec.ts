import { expect, test, type Locator } from '@playwright/test';
import { articlePath, bilingualStory, entityPath, locales, person, t, typeset } from './content';

/*
 * Reported speech (`:said`) is the story's paraphrase of what someone said, never their words: it
 * is never shown as a quotation — not in the story, not in its lite version, not in the speakers'
 * sidebar, not on the person's page — while direct quotations keep their marks. Ties are read
 * from content/.
 */

const story = bilingualStory();
/** Quotation marks of either language, and the straight ones. */
const MARKS = /[«»“”"„]/;

/** How the element is shown: inside a quotation element or not, its slant, what CSS puts around it. */
async function shownAs(element: Locator) {
  return element.evaluate((el) => {
    const style = getComputedStyle(el);
    const before = getComputedStyle(el, '::before').content;
    const after = getComputedStyle(el, '::after').content;
    return {
      inQuotation: el.closest('q, blockquote') !== null,
      fontStyle: style.fontStyle,
      generated: [before, after].filter((c) => c !== 'none' && c !== 'normal'),
      borderLeft: style.borderLeftWidth,
    };
  });
}

const PLAIN = { inQuotation: false, fontStyle: 'normal', generated: [], borderLeft: '0px' };

for (const locale of locales) {
  const article = story[locale];
  const said = article.ties.filter((tie) => tie.kind === 'said');

  test.describe(`reported speech in ${locale}`, () => {
    test('the story has reported speech and direct quotations', () => {
      expect(said.length).toBeGreaterThan(0);
      expect(article.ties.some((tie) => tie.kind === 'quote')).toBe(true);
    });

    // The story's body, on the full page and on its lite version (the same rendered passages).
    for (const [where, path] of [
      ['in the story', articlePath(article)],
      ['in the lite version', `${articlePath(article)}/${locale === 'fr' ? 'leger' : 'lite'}`],
    ] as const) {
      test(`${where}: plain text, no quotation element, marks or styling`, async ({ page }) => {
        await page.goto(path);
        for (const tie of said) {
          const words = page.locator(`#${tie.anchor}`);
          await expect(words, tie.anchor).toHaveText(typeset(tie.text ?? '', { whole: true }));
          expect(await shownAs(words), tie.anchor).toEqual(PLAIN);
          // No mark typed around it either.
          const around = await words.evaluate((el) => `${el.previousSibling?.textContent?.slice(-1) ?? ''}${el.nextSibling?.textContent?.slice(0, 1) ?? ''}`);
          expect(around, tie.anchor).not.toMatch(MARKS);
        }
        // A direct quotation in a sentence keeps its marks.
        const quote = article.ties.find((tie) => tie.kind === 'quote' && tie.text);
        if (quote) await expect(page.locator(`q#${quote.anchor}`)).toHaveText(locale === 'fr' ? /^«\s.*\s»$/ : /^“.*”$/);
      });
    }

    test("in the speakers' sidebar: plain text under its label, a direct quotation in marks", async ({ page }) => {
      await page.goto(articlePath(article));
      const sidebar = page.getByRole('complementary', { name: t(locale, 'SpeakersSidebar.heading') });
      for (const tie of said) {
        const words = sidebar.getByText(typeset(tie.text ?? '', { whole: true }));
        await expect(words, tie.anchor).toHaveCount(1);
        expect(await shownAs(words), tie.anchor).toEqual(PLAIN);
      }
      await expect(sidebar.getByText(t(locale, 'SpeakersSidebar.reported'), { exact: true })).toHaveCount(said.length);
      const quotations = sidebar.locator('blockquote');
      await expect(quotations).toHaveCount(article.ties.filter((tie) => tie.kind === 'quote').length);
      for (const text of await quotations.allTextContents()) expect(text).toMatch(locale === 'fr' ? /^«\s.*\s»$/s : /^“.*”$/s);
    });

    test("on the speaker's page: plain text, never in a quotation", async ({ page }) => {
      for (const speaker of new Set(said.map((tie) => tie.speaker))) {
        await page.goto(entityPath('speakers', locale, person(speaker)));
        const statements = page.getByRole('main').getByRole('region', { name: t(locale, 'PersonPage.appearances') });
        for (const tie of said.filter((s) => s.speaker === speaker)) {
          const words = statements.getByText(typeset(tie.text ?? '', { whole: true }));
          await expect(words, tie.anchor).toHaveCount(1);
          expect(await shownAs(words), tie.anchor).toEqual(PLAIN);
        }
      }
    });
  });
}
