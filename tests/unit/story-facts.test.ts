import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Locale } from '@/lib/i18n/routing';
import { createTranslator } from 'next-intl';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Statement } from '@/components/statement';
import { buildDocuments } from '@/lib/search/documents';
import { jsonFeed, rssFeed } from '@/lib/seo/feeds';
import en from '@/content/messages/en.json';
import fr from '@/content/messages/fr.json';
import { entityKinds, getSite } from '@/lib/site';
import { newsArticleJsonLd } from '@/lib/seo/json-ld';
import type { Article } from '@/lib/site/types';

/*
 * The forum story read against its source (Sputnik Afrique, 19 September 2025) the way a wire
 * desk reads it: the mistakes it once made must not come back. Each test names what a reader
 * or an editor would see if they did. Texts are read from the site's Model, as the pages get them.
 */

const STORY = 'brics-cloud-cities-forum-2025';
const site = getSite();
const content = site.data;
const messages = { fr, en };
const versions = content.stories.get(STORY);

function version(locale: Locale): Article {
  const summary = versions?.[locale];
  const article = summary && getSite().article(locale, summary.slug);
  if (!article) throw new Error(`content/articles/${STORY}/${locale}.md is missing`);
  return article;
}

/** Text as a reader sees it, with plain spaces and straight apostrophes, for matching. */
function plain(html: string): string {
  return html
    .replace(/<\/?(?:a|q|span|em|strong|i|b|cite|mark)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Everything of the story a reader reads: headline, standfirst, body, speakers' roles. */
const readerText = (a: Article) => plain([a.title, a.standfirst, a.html, ...a.speakers.map((s) => s.role)].join(' \n '));
const body = (a: Article) => plain(a.html);
/** The body's sentences: a claim and its attribution must share one. */
const sentences = (a: Article) => body(a).split(/(?<=[.!?:])\s+(?=[«“"A-ZÀ-ÖØ-Þ])/u);

const both: Locale[] = ['fr', 'en'];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe(`the forum story (${STORY})`, () => {
  it('exists in French, its original, and in English', () => {
    expect(version('fr').original).toBe('fr');
    expect(version('en').original).toBe('fr');
  });

  it.each(both)('%s: ties nothing to a speaker in the account’s sentence on the city’s support and the Technopolis zone', (locale) => {
    const passage = version(locale).passages.find((p) => /Technopolis/.test(p.html));
    expect(passage, 'the story mentions the Technopolis zone').toBeDefined();
    // Shown in a sidebar or on a person page, a tie here would make Krikushenko say it.
    expect(passage?.quotes).toEqual([]);
    expect(plain(passage?.html ?? '')).toMatch(locale === 'fr' ? /^Selon le compte rendu\b/ : /^According to the press service's account\b/);
    for (const quote of version(locale).quotes) expect(quote.text, quote.anchor).not.toMatch(/Technopolis|zone|soutien|support|fiscal|tax/i);
  });

  /** In each language, what the source gives each speaker: every tie must be one of these. */
  const sourced: Record<string, Record<Locale, RegExp>> = {
    'olga-vidanova': {
      fr: /pas seulement une métropole|compétitifs et recherchés à l'étranger|ouverte aux investissements directs|cette forme de coopération/,
      en: /not just a metropolis|competitive and in demand abroad|open to direct investment|this form of cooperation/,
    },
    'dmitry-shanin': { fr: /cosmétiques moscovites/, en: /Moscow cosmetics/ },
    'vladimir-krikushenko': { fr: /partenaires étrangers .*sites de production moscovites/, en: /foreign partners .*Moscow production sites/ },
    'ivan-gnatyuk': { fr: /production nationale, notamment celle de batteries lithium-ion/, en: /domestic production, notably of lithium-ion batteries/ },
    'polina-pavlova': {
      fr: /défis similaires|coopération internationale devient non seulement utile|initiatives communes/,
      en: /similar challenges|International cooperation is becoming not just useful|joint initiatives/,
    },
  };

  it.each(both)('%s: ties to each speaker only what the source gives that speaker, and something of each', (locale) => {
    const article = version(locale);
    for (const quote of article.quotes) {
      const own = sourced[quote.speaker];
      expect(own, `${quote.anchor} is tied to ${quote.speaker}, whom the source does not quote`).toBeDefined();
      expect(plain(quote.text), `${quote.anchor} (${quote.speaker})`).toMatch(own?.[locale] ?? /$^/);
    }
    expect(new Set(article.quotes.map((q) => q.speaker))).toEqual(new Set(Object.keys(sourced)));
  });

  it.each(both)('%s: reported speech tied to a speaker reads as a sentence on its own (it is shown alone beside the story)', (locale) => {
    for (const quote of version(locale).quotes.filter((q) => q.kind === 'said')) {
      const text = plain(quote.text);
      expect(text.split(' ').length, quote.anchor).toBeGreaterThanOrEqual(6);
      // "particulièrement important, aujourd'hui, de développer…" was a fragment: no clause
      // that starts with a conjunction, a preposition or an infinitive.
      expect(text, quote.anchor).not.toMatch(/^(?:que|qu'|à|particulièrement|that|to|of|in|by|for)(?!\p{L})|^d(?:e |')\p{L}+(?:er|ir|re)(?!\p{L})/iu);
    }
  });

  it.each(both)('%s: dates the forum only by the report of 19 September 2025 (the source gives the forum no date)', (locale) => {
    const article = version(locale);
    const text = readerText(article);
    expect(text).not.toMatch(/(?:s'est tenue?|organisée?|a eu lieu|held|took place|organised|organized)[^.]*(?:septembre|September)/i);
    expect(text).not.toMatch(/en septembre 2025|in September 2025/i);
    expect(body(article)).toMatch(locale === 'fr' ? /Le 19 septembre 2025, Sputnik Afrique\b/ : /On 19 September 2025 Sputnik Afrique\b/);
  });

  it.each(both)('%s: says once, plainly, whose dispatch it is and whose account it relays', (locale) => {
    const article = version(locale);
    const [credit, ...more] = sentences(article).filter((s) => /Sputnik Afrique/.test(s));
    expect(more, 'Sputnik Afrique is described once').toEqual([]);
    if (locale === 'fr') {
      expect(credit).toMatch(/Sputnik Afrique, le service africain de langue française de Sputnik, un média d'État russe/);
      expect(credit).toMatch(/compte rendu de ce service de presse, dont la responsable, Polina Pavlova, animait la session/);
    } else {
      expect(credit).toMatch(/Sputnik Afrique, the French-language African service of Sputnik, a Russian state-owned outlet/);
      expect(credit).toMatch(/account of that press service, whose head, Polina Pavlova, moderated the session/);
    }
    // "That press service" is the one named in the first sentence.
    expect(sentences(article)[0]).toMatch(
      locale === 'fr'
        ? /^Selon le service de presse du Département des investissements et de la politique industrielle de Moscou\b/
        : /^According to the press service of the Moscow Department of Investment and Industrial Policy\b/,
    );
  });

  it.each(both)('%s: credits the dispatch to Sputnik Afrique with what it is, from content, in the credit and the structured data', (locale) => {
    const article = version(locale);
    const { publisher } = article.source;
    expect(publisher.id).toBe('sputnik-afrique');
    expect(publisher.name).toBe('Sputnik Afrique');
    const described =
      locale === 'fr'
        ? "service africain de langue française de Sputnik, un média d'État russe"
        : 'the French-language African service of Sputnik, a Russian state-owned outlet';
    expect(plain(publisher.description)).toBe(described);
    const data = newsArticleJsonLd(article, {
      site: { name: 'Cloud Cities Info', logoPath: '/icon.svg' },
      section: '',
      topics: [],
      people: [],
      organizations: [],
      translations: [],
      imagePath: '/x',
    });
    expect(data.isBasedOn).toMatchObject({ publisher: { '@type': 'Organization', name: 'Sputnik Afrique', description: publisher.description } });
  });

  it.each(both)('%s: gives claims about Moscow, its zone and its companies to the account or a speaker, never in its own voice', (locale) => {
    const claims =
      locale === 'fr'
        ? /leader mondial|avantages fiscaux|incitations fiscales|facteurs clés|prête à l'emploi|plus dynamiques du monde|cadre technologique/
        : /world leader|tax incentives|key factors|ready-to-use|most dynamic cities|technological framework/;
    const attribution =
      locale === 'fr'
        ? /(?<!\p{L})(?:[Ss]elon|[Pp]our [A-Z]|a déclaré|a dit|qu'il présente)(?!\p{L})/u
        : /\b(?:[Aa]ccording to|account says|said|In the view of|which it presents)\b/;
    const found = sentences(version(locale)).filter((s) => claims.test(s));
    expect(found.length).toBeGreaterThanOrEqual(4);
    for (const sentence of found) expect(sentence).toMatch(attribution);
  });

  it.each(both)('%s: reports speech with neutral verbs, none that vouches for the claim', (locale) => {
    const vouching =
      locale === 'fr'
        ? /(?<!\p{L})(?:a|ont|a-t-(?:il|elle)|ont-(?:ils|elles))(?:\s+\p{L}+){0,3}?\s+(?:affirmé|ajouté|assuré|expliqué|souligné|relevé|rappelé|reconnu|révélé|précisé|fait remarquer)(?!\p{L})/iu
        : /\b(?:noted|pointed out|explained|stressed|revealed|acknowledged|admitted|added|insisted|claimed|assured)\b/;
    expect(readerText(version(locale))).not.toMatch(vouching);
  });

  it.each(both)('%s: keeps the meaning of what the source says where it paraphrases', (locale) => {
    const text = body(version(locale));
    const kept =
      locale === 'fr'
        ? [
            'pas seulement une métropole',
            "recherchés à l'étranger",
            'aux partenaires de la ville',
            'de plus en plus de terrain',
            'contribuent à',
            'notamment la croissance démographique',
            'se concentrer sur la production',
          ]
        : [
            'not just a metropolis',
            'a centre for industrial development and for attracting investment',
            'in demand abroad',
            "the city's partners",
            'increasingly gaining ground',
            'contribute to',
            'including population growth',
            'concentrate on high-tech production',
          ];
    for (const words of kept) expect(text).toContain(words);
    expect(text).not.toMatch(
      /magnet|find buyers|trouvent preneur|steadily|se consacrer entièrement|bien plus qu'|far more than|their partners|leurs partenaires/i,
    );
  });

  it('names the forum the same way throughout, as the event is named', () => {
    const event = content.events.get('brics-cloud-cities-forum-2025');
    expect(event?.name).toEqual({ fr: 'Forum Cloud Cities des BRICS', en: 'BRICS Cloud Cities Forum' });
    expect(readerText(version('fr'))).not.toMatch(/forum Cloud Cities|Cloud Cities forum/);
    expect(readerText(version('en'))).not.toMatch(/Cloud Cities forum|forum Cloud Cities/);
  });

  describe('the forum, as its event file and page give it', () => {
    const event = site.event('brics-cloud-cities-forum-2025')!;
    const translate = (locale: Locale) => {
      const t = createTranslator({ locale, messages: messages[locale], namespace: 'EventPage' });
      return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
    };

    it('states no organiser: BRICS, whose name it bears, is an associated organisation, not its organiser', () => {
      expect(event.organizers).toEqual([]);
      expect(event.associatedOrganizations).toEqual(['brics']);
      for (const locale of both) {
        const data = entityKinds.events.jsonLd(site, event, locale) as Record<string, unknown>;
        expect(data, locale).not.toHaveProperty('organizer');
      }
      expect(site.eventsRelatedTo('brics').map((e) => e.id)).toEqual([event.id]);
    });

    it('has no date of its own (the source gives none): it was reported on 19 September 2025', () => {
      expect(event.date).toBeUndefined();
      expect(event.reportedOn).toEqual(['2025-09-19']);
      for (const locale of both) expect(entityKinds.events.jsonLd(site, event, locale), locale).not.toHaveProperty('startDate');
      expect(entityKinds.events.meta(event, 'fr', translate('fr')).description).toBe(
        'Forum Cloud Cities des BRICS, Moscou, compte rendu publié le 19 septembre 2025\u00a0: les articles et les intervenants.',
      );
      expect(entityKinds.events.meta(event, 'en', translate('en')).description).toBe(
        'BRICS Cloud Cities Forum, Moscow, reported on 19 September 2025: the stories and the speakers.',
      );
    });
  });

  it('describes the companies and BRICS only by what the source says of them', () => {
    const description = (id: string) => content.organizations.get(id)?.description;
    for (const id of ['geltek-medika', 'nextouch']) {
      const { fr = '', en = '' } = description(id) ?? {};
      expect(`${fr} ${en}`, id).not.toMatch(/fabricant|industrielle|maker|manufacturer|cosmetics company|cosmetics maker/i);
    }
    const brics = description('brics');
    // The forum bears its name; the source says nothing of who organised it, nor who took part in BRICS.
    expect(`${brics?.fr} ${brics?.en}`).not.toMatch(/bannière|banner|Russie|Russia|Chine|China|organisé par|organised by|organized by/i);
  });

  it('writes job titles after a name in lower case, in both languages', () => {
    for (const locale of both) {
      // A lower-case word or an acronym (PDG): "Dmitry Shanin, chief executive of…".
      const lowerCase = /^(?:[a-zà-ÿ]|[A-Z]{2,}\b)/u;
      for (const { id, role } of version(locale).speakers) expect(role, `${locale} ${id}`).toMatch(lowerCase);
      for (const person of content.people.values()) expect(person.role[locale], `${locale} ${person.id}`).toMatch(lowerCase);
    }
  });
});

describe('reported speech (:said) is never shown as a quotation', () => {
  /** Quotation marks of either language, and the straight ones. */
  const marks = /[«»“”"„]/;
  const said = (locale: Locale) => version(locale).quotes.filter((q) => q.kind === 'said');

  it.each(both)('%s: the story has reported speech, and direct quotations beside it', (locale) => {
    expect(said(locale).length).toBeGreaterThanOrEqual(5);
    expect(version(locale).quotes.some((q) => q.kind === 'quote')).toBe(true);
  });

  it.each(both)('%s: in the body, a plain span, in no <q> or <blockquote>, with no marks around it', (locale) => {
    const { html } = version(locale);
    for (const quote of said(locale)) {
      const span = new RegExp(`(.)<span([^>]*\\sid="${quote.anchor}"[^>]*)>(.*?)</span>(.)`, 's').exec(html);
      expect(span, quote.anchor).not.toBeNull();
      expect(span![2], quote.anchor).toMatch(/\bclass="reported-speech"/);
      expect(`${span![1]}${span![4]}`, quote.anchor).not.toMatch(marks);
      const before = html.slice(0, span!.index);
      // Not inside a quotation element: every <q> and <blockquote> opened before it is closed.
      for (const tag of ['q', 'blockquote']) {
        const opened = before.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0;
        const closed = before.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
        expect(opened - closed, `${quote.anchor} inside <${tag}>`).toBe(0);
      }
    }
  });

  it.each(both)('%s: in the sidebars and on person pages, plain text without a quotation element, marks or italics', (locale) => {
    for (const quote of said(locale)) {
      const html = renderToStaticMarkup(createElement(Statement, { quote, locale, caption: 'Paraphrase' }));
      expect(html, quote.anchor).not.toMatch(/<(?:blockquote|q|figure|em|i)[\s>]|italic|border-l/);
      expect(html, quote.anchor).toContain(`>${escapeHtml(quote.text)}<`);
    }
    // A direct quotation keeps its element and its marks.
    const direct = version(locale).quotes.find((q) => q.kind === 'quote')!;
    const [open, close] = locale === 'fr' ? ['«\u00a0', '\u00a0»'] : ['“', '”'];
    expect(renderToStaticMarkup(createElement(Statement, { quote: direct, locale, caption: 'Quote' }))).toContain(
      `<blockquote class="mt-1 border-l-2 border-accent pl-3 font-serif italic">${open}${escapeHtml(direct.text)}${close}</blockquote>`,
    );
  });

  it.each(both)('%s: in the feeds, the body as on the page: no quotation element or marks around it', (locale) => {
    const channel = { locale, siteName: 'Cloud Cities Info', description: '', articles: [version(locale)], topicName: (id: string) => id };
    for (const feed of [rssFeed(channel), JSON.parse(jsonFeed(channel)).items[0].content_html as string]) {
      for (const quote of said(locale)) {
        const escaped = feed.includes('&lt;span')
          ? feed
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&quot;/g, '"')
              .replace(/&amp;/g, '&')
          : feed;
        const span = new RegExp(`(.)<span([^>]*\\sid="${quote.anchor}"[^>]*)>(.*?)</span>(.)`, 's').exec(escaped);
        expect(span, quote.anchor).not.toBeNull();
        expect(span![2], quote.anchor).toMatch(/\bclass="reported-speech"/);
        expect(`${span![1]}${span![4]}`, quote.anchor).not.toMatch(marks);
        expect(span![3], quote.anchor).not.toMatch(/<(?:q|blockquote)[\s>]/);
      }
    }
  });

  it.each(both)('%s: in search snippets, plain text with no marks around it', (locale) => {
    const document = buildDocuments(content, site.bodies).find((d) => d.id === `story:${STORY}`)!;
    const text = document.text[locale] ?? '';
    for (const quote of said(locale)) {
      const at = text.indexOf(quote.text);
      expect(at, quote.anchor).toBeGreaterThan(0);
      expect(`${text[at - 1]}${text[at + quote.text.length] ?? ''}`, quote.anchor).not.toMatch(marks);
    }
  });
});

/** American spellings the English site must not use (it declares en_GB): the house style is British. */
const american =
  /\b(?:organiz\w*|centers?|centered|programs?|labor\w*|favor\w*|honor\w*|color\w*|behavior\w*|defense|catalog|analyz\w*|\w+aliz(?:e|es|ed|ing|ation|ations)|moderniz\w*|recogniz\w*|realiz\w*|prioritiz\w*|minimiz\w*|optimiz\w*|traveled|modeled)\b/i;

describe('the English site spells the British way', () => {
  it('in the story', () => {
    expect(readerText(version('en')).match(american)).toBeNull();
    expect(version('en').session).not.toMatch(american);
  });

  it('in the people, organisations and events files', () => {
    for (const person of content.people.values()) expect(`${person.name.en} ${person.role.en}`, person.id).not.toMatch(american);
    for (const org of content.organizations.values()) expect(`${org.name.en} ${org.description.en}`, org.id).not.toMatch(american);
    for (const event of content.events.values()) expect(`${event.name.en} ${event.location.en}`, event.id).not.toMatch(american);
    for (const term of [...content.topics.values(), ...content.sections.values()]) expect(term.name.en, term.id).not.toMatch(american);
  });

  it('in the interface', () => {
    const leaves = (tree: unknown): string[] => (typeof tree === 'string' ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(leaves));
    const strings = leaves(JSON.parse(readFileSync('content/messages/en.json', 'utf8')));
    expect(strings.filter((s) => american.test(s))).toEqual([]);
  });
});
