/*
 * `npm run bench:search`: the search index at 10,000 synthetic bilingual stories, built in
 * memory (nothing is written to content/). Reports the time to build the documents and the
 * index, the heap they take, the serialized size (what the server bundle carries), the time to
 * load it (a server's first search), and query latency p50/p95/p99 over a few hundred varied
 * queries as a reader of each language, snippets included: what the search page does per request.
 * Writes bench/results/search.json (with BENCH_QUICK=1, as `npm run bench -- --quick` sets it:
 * 1,000 stories, to bench/.tmp/results-quick/, leaving the committed figures alone). Run with
 * `node --expose-gc` (the npm script does) so heap figures are measured after a full garbage
 * collection. Like every part of the bench it reports and never fails on a timing: whether the
 * goal is met is in the report (bench/report.ts).
 *
 *   STORIES=2000 npm run bench:search    # another size
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Organization, Person, SiteData } from '@/lib/site/types';
import type { Locale } from '@/lib/i18n/routing';
import { buildDocuments } from '@/lib/search/documents';
import { createSearchIndex, loadSearchIndex } from '@/lib/search/index';

const QUICK = process.env.BENCH_QUICK === '1';
const STORIES = Number(process.env.STORIES ?? (QUICK ? 1000 : 10_000));
const RESULTS = new URL(QUICK ? './.tmp/results-quick/' : './results/', import.meta.url);
const TARGET_P95_MS = 10;

/* A small seeded generator, so every run indexes the same text. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20250919);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/* Vocabulary: parallel French / English terms, so versions of a story say the same thing. */
type Pair = readonly [fr: string, en: string];
const CITIES: Pair[] = [
  ['Moscou', 'Moscow'],
  ['Pékin', 'Beijing'],
  ['New Delhi', 'New Delhi'],
  ['Brasilia', 'Brasilia'],
  ['Le Cap', 'Cape Town'],
  ['Saint-Pétersbourg', 'Saint Petersburg'],
  ['Shanghai', 'Shanghai'],
  ['Bombay', 'Mumbai'],
  ['São Paulo', 'São Paulo'],
  ['Johannesburg', 'Johannesburg'],
  ['Le Caire', 'Cairo'],
  ['Addis-Abeba', 'Addis Ababa'],
  ['Téhéran', 'Tehran'],
  ['Abou Dhabi', 'Abu Dhabi'],
  ['Djakarta', 'Jakarta'],
  ['Kazan', 'Kazan'],
  ['Novossibirsk', 'Novosibirsk'],
  ['Dakar', 'Dakar'],
  ['Alger', 'Algiers'],
  ['Casablanca', 'Casablanca'],
  ['Lagos', 'Lagos'],
  ['Nairobi', 'Nairobi'],
  ['Hanoï', 'Hanoi'],
  ['Minsk', 'Minsk'],
  ['Varsovie', 'Warsaw'],
  ['Vienne', 'Vienna'],
  ['Lisbonne', 'Lisbon'],
  ['Athènes', 'Athens'],
  ['Istanbul', 'Istanbul'],
  ['Bakou', 'Baku'],
  ['Tachkent', 'Tashkent'],
  ['Almaty', 'Almaty'],
  ['Oulan-Bator', 'Ulaanbaatar'],
  ['Séoul', 'Seoul'],
  ['Tokyo', 'Tokyo'],
  ['Bangkok', 'Bangkok'],
  ['Singapour', 'Singapore'],
  ['Manille', 'Manila'],
  ['Karachi', 'Karachi'],
  ['Dacca', 'Dhaka'],
  ['Colombo', 'Colombo'],
  ['Riyad', 'Riyadh'],
  ['Doha', 'Doha'],
  ['Mascate', 'Muscat'],
  ['Tunis', 'Tunis'],
  ['Tripoli', 'Tripoli'],
  ['Khartoum', 'Khartoum'],
  ['Kinshasa', 'Kinshasa'],
  ['Luanda', 'Luanda'],
  ['Maputo', 'Maputo'],
  ['Harare', 'Harare'],
  ['Accra', 'Accra'],
  ['Abidjan', 'Abidjan'],
  ['Bamako', 'Bamako'],
  ['Lima', 'Lima'],
  ['Bogota', 'Bogotá'],
  ['Mexico', 'Mexico City'],
  ['La Havane', 'Havana'],
  ['Buenos Aires', 'Buenos Aires'],
  ['Santiago', 'Santiago'],
  ['Ekaterinbourg', 'Yekaterinburg'],
  ['Nijni Novgorod', 'Nizhny Novgorod'],
  ['Vladivostok', 'Vladivostok'],
  ['Irkoutsk', 'Irkutsk'],
];
const SECTORS: Pair[] = [
  ['l’industrie automobile', 'the car industry'],
  ['la robotique', 'robotics'],
  ['l’intelligence artificielle', 'artificial intelligence'],
  ['les batteries lithium-ion', 'lithium-ion batteries'],
  ['la pharmacie', 'pharmaceuticals'],
  ['les cosmétiques', 'cosmetics'],
  ['l’agroalimentaire', 'the food industry'],
  ['le logement social', 'social housing'],
  ['les transports urbains', 'urban transport'],
  ['l’énergie solaire', 'solar energy'],
  ['l’hydrogène vert', 'green hydrogen'],
  ['les semi-conducteurs', 'semiconductors'],
  ['la construction navale', 'shipbuilding'],
  ['l’aéronautique', 'aerospace'],
  ['le textile', 'textiles'],
  ['la sidérurgie', 'steelmaking'],
  ['les centres de données', 'data centres'],
  ['la télémédecine', 'telemedicine'],
  ['l’éducation numérique', 'digital education'],
  ['le tourisme d’affaires', 'business tourism'],
  ['la gestion des déchets', 'waste management'],
  ['l’eau potable', 'drinking water'],
  ['la cybersécurité', 'cybersecurity'],
  ['les biotechnologies', 'biotechnology'],
  ['l’imprimerie 3D', '3D printing'],
  ['le ferroviaire', 'rail'],
  ['les engrais', 'fertilisers'],
  ['la pêche', 'fishing'],
  ['le bois', 'timber'],
  ['le ciment', 'cement'],
  ['le verre', 'glassmaking'],
  ['la chimie fine', 'fine chemicals'],
  ['les drones', 'drones'],
  ['les satellites', 'satellites'],
  ['la fibre optique', 'fibre optics'],
  ['l’électronique grand public', 'consumer electronics'],
  ['les jeux vidéo', 'video games'],
  ['le cinéma', 'film'],
  ['la mode', 'fashion'],
  ['le commerce en ligne', 'e-commerce'],
  ['les paiements mobiles', 'mobile payments'],
  ['l’assurance', 'insurance'],
  ['le nucléaire civil', 'civil nuclear power'],
  ['l’éolien en mer', 'offshore wind'],
  ['les mines', 'mining'],
  ['l’aluminium', 'aluminium'],
  ['le cuivre', 'copper'],
  ['les terres rares', 'rare earths'],
];
const TOPICS: Pair[] = [
  ['développement durable', 'sustainable development'],
  ['coopération internationale', 'international cooperation'],
  ['investissements directs', 'direct investment'],
  ['zones économiques spéciales', 'special economic zones'],
  ['villes intelligentes', 'smart cities'],
  ['formation professionnelle', 'vocational training'],
  ['transition énergétique', 'energy transition'],
  ['politique industrielle', 'industrial policy'],
  ['numérisation des services publics', 'digitalisation of public services'],
  ['souveraineté technologique', 'technological sovereignty'],
  ['croissance démographique', 'population growth'],
  ['logistique portuaire', 'port logistics'],
  ['incitations fiscales', 'tax incentives'],
  ['partenariats public-privé', 'public-private partnerships'],
  ['sécurité alimentaire', 'food security'],
  ['santé publique', 'public health'],
  ['mobilité électrique', 'electric mobility'],
  ['économie circulaire', 'circular economy'],
  ['commerce extérieur', 'foreign trade'],
  ['recherche scientifique', 'scientific research'],
  ['emploi des jeunes', 'youth employment'],
  ['aménagement urbain', 'urban planning'],
  ['qualité de l’air', 'air quality'],
  ['monnaies nationales', 'national currencies'],
  ['chaînes d’approvisionnement', 'supply chains'],
  ['brevets', 'patents'],
  ['exportations', 'exports'],
  ['start-up', 'start-ups'],
  ['tourisme médical', 'medical tourism'],
  ['réseaux électriques', 'power grids'],
];
const VERBS: Pair[] = [
  ['a présenté', 'presented'],
  ['a annoncé', 'announced'],
  ['a défendu', 'defended'],
  ['a détaillé', 'detailed'],
  ['a salué', 'welcomed'],
  ['a critiqué', 'criticised'],
  ['a inauguré', 'opened'],
  ['a signé', 'signed'],
  ['a évoqué', 'discussed'],
  ['a financé', 'funded'],
];
const OBJECTS: Pair[] = [
  ['un accord de coopération', 'a cooperation agreement'],
  ['un nouveau parc technologique', 'a new technology park'],
  ['une usine de production', 'a production plant'],
  ['un programme de formation', 'a training programme'],
  ['un fonds d’investissement', 'an investment fund'],
  ['une feuille de route', 'a roadmap'],
  ['un laboratoire commun', 'a joint laboratory'],
  ['une ligne de métro', 'a metro line'],
  ['un centre de recherche', 'a research centre'],
  ['un appel d’offres', 'a call for tenders'],
];
const ADJECTIVES: Pair[] = [
  ['ambitieux', 'ambitious'],
  ['prudent', 'cautious'],
  ['inédit', 'unprecedented'],
  ['régional', 'regional'],
  ['national', 'national'],
  ['industriel', 'industrial'],
  ['numérique', 'digital'],
  ['stratégique', 'strategic'],
  ['modeste', 'modest'],
  ['décisif', 'decisive'],
];
const FIRST = [
  'Olga',
  'Ivan',
  'Dmitry',
  'Polina',
  'Vladimir',
  'Anna',
  'Sergueï',
  'Li',
  'Wei',
  'Priya',
  'Rahul',
  'Thandiwe',
  'Lucas',
  'Amina',
  'Fatima',
  'Youssef',
  'Nadia',
  'Pavel',
  'Elena',
  'Arjun',
];
const LAST: Pair[] = [
  ['Chanine', 'Shanin'],
  ['Gnatiouk', 'Gnatyuk'],
  ['Vidanova', 'Vidanova'],
  ['Pavlova', 'Pavlova'],
  ['Krikouchenko', 'Krikushenko'],
  ['Tchernov', 'Chernov'],
  ['Jdanov', 'Zhdanov'],
  ['Koutouzov', 'Kutuzov'],
  ['Zhang', 'Zhang'],
  ['Sharma', 'Sharma'],
  ['Naidoo', 'Naidoo'],
  ['Silva', 'Silva'],
  ['Mansour', 'Mansour'],
  ['Iakovlev', 'Yakovlev'],
  ['Chostakova', 'Shostakova'],
  ['Oussmanov', 'Usmanov'],
  ['Khodjaïev', 'Khodzhayev'],
  ['Okonkwo', 'Okonkwo'],
  ['Benali', 'Benali'],
  ['Rao', 'Rao'],
];
const ORG_KINDS: Pair[] = [
  ['Agence de développement de', 'Development Agency of'],
  ['Chambre de commerce de', 'Chamber of Commerce of'],
  ['Université technique de', 'Technical University of'],
  ['Département de l’industrie de', 'Industry Department of'],
  ['Zone économique spéciale de', 'Special Economic Zone of'],
  ['Banque régionale de', 'Regional Bank of'],
];

function makePeopleAndOrgs() {
  const organizations = new Map<string, Organization>();
  for (const city of CITIES) {
    for (const kind of ORG_KINDS) {
      const id = `org-${organizations.size}`;
      const name = { fr: `${kind[0]} ${city[0]}`, en: `${kind[1]} ${city[1]}` };
      organizations.set(id, {
        id,
        slug: { fr: id, en: id },
        name,
        spellings: [...new Set([name.fr, name.en])],
        description: { fr: `Organisation basée à ${city[0]}.`, en: `An organization based in ${city[1]}.` },
      });
    }
  }
  const orgIds = [...organizations.keys()];
  const people = new Map<string, Person>();
  for (let i = 0; i < 400; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const id = `person-${i}`;
    const name = { fr: `${first} ${last[0]}`, en: `${first} ${last[1]}` };
    const org = pick(orgIds);
    const orgName = organizations.get(org)!.name;
    people.set(id, {
      id,
      slug: { fr: id, en: id },
      name,
      spellings: [...new Set([name.fr, name.en])],
      organizations: [org],
      role: { fr: `directeur de l’${orgName.fr}`, en: `Director of the ${orgName.en}` },
    });
  }
  return { people, organizations };
}

/** What a story is about: most of its sentences come back to it, as a real story does. */
interface Focus {
  city: Pair;
  sectors: Pair[];
  topic: Pair;
}

function paragraph(locale: Locale, i: 0 | 1, speaker: Person, org: Organization, focus: Focus): string {
  const sentences: string[] = [];
  const about = <T>(own: readonly T[], all: readonly T[]) => (random() < 0.85 ? pick(own) : pick(all));
  for (let s = 0; s < int(3, 5); s++) {
    const city = about([focus.city], CITIES)[i];
    const sector = about(focus.sectors, SECTORS)[i];
    const topic = about([focus.topic], TOPICS)[i];
    const verb = pick(VERBS)[i];
    const object = pick(OBJECTS)[i];
    const adjective = pick(ADJECTIVES)[i];
    const n = int(2, 950);
    const templates =
      locale === 'fr'
        ? [
            `${speaker.name.fr} ${verb} ${object} consacré à ${sector} à ${city}.`,
            `Selon l’${org.name.fr}, le projet, jugé ${adjective}, doit créer ${n} emplois d’ici 2030.`,
            `Les débats ont porté sur ${topic} et sur la place de ${sector} dans les villes de demain.`,
            `À ${city}, les entreprises locales misent sur ${topic} pour gagner de nouveaux marchés.`,
            `Le budget atteint ${n} millions de roubles, un effort ${adjective} pour ${sector}.`,
            `Les partenaires étrangers observent de près ${sector}, un secteur où ${city} veut compter.`,
            `${speaker.name.fr} rappelle que ${topic} reste la priorité de l’${org.name.fr}.`,
          ]
        : [
            `${speaker.name.en} ${verb} ${object} devoted to ${sector} in ${city}.`,
            `According to the ${org.name.en}, the ${adjective} project should create ${n} jobs by 2030.`,
            `The debate focused on ${topic} and on the role of ${sector} in the cities of tomorrow.`,
            `In ${city}, local companies are betting on ${topic} to win new markets.`,
            `The budget reaches ${n} million roubles, a ${adjective} effort for ${sector}.`,
            `Foreign partners are watching ${sector} closely, a field where ${city} wants to count.`,
            `${speaker.name.en} says ${topic} remains the priority of the ${org.name.en}.`,
          ];
    sentences.push(pick(templates));
  }
  return sentences.join(' ');
}

/** Synthetic stories, whole (an Article holds its body too). */
function makeContent(): Omit<SiteData, 'stories'> & { stories: Map<string, Partial<Record<Locale, Article>>> } {
  const { people, organizations } = makePeopleAndOrgs();
  const personList = [...people.values()];
  const stories = new Map<string, Partial<Record<Locale, Article>>>();
  for (let n = 0; n < STORIES; n++) {
    const storyId = `story-${n}`;
    const speaker = pick(personList);
    const org = organizations.get(speaker.organizations[0]!)!;
    const focus: Focus = { city: pick(CITIES), sectors: [pick(SECTORS), pick(SECTORS)], topic: pick(TOPICS) };
    const [city, sector, topic] = [focus.city, focus.sectors[0]!, focus.topic];
    const date = `20${int(20, 25)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const roll = random();
    const languages: Locale[] = roll < 0.85 ? ['fr', 'en'] : roll < 0.95 ? ['fr'] : ['en'];
    const versions: Partial<Record<Locale, Article>> = {};
    for (const locale of languages) {
      const i = locale === 'fr' ? 0 : 1;
      const title =
        locale === 'fr' ? `${city[0]} : ${topic[0]} et ${sector[i]} au cœur des débats` : `${city[1]}: ${topic[1]} and ${sector[i]} at the heart of the debate`;
      const paragraphs = Array.from({ length: int(4, 7) }, () => `<p>${paragraph(locale, i, speaker, org, focus)}</p>`);
      versions[locale] = {
        storyId,
        locale,
        slug: `${storyId}-${locale}`,
        title,
        standfirst: paragraph(locale, i, speaker, org, focus),
        date,
        section: 'economy',
        tags: [],
        location: city[i],
        original: languages[0]!,
        speakers: [{ id: speaker.id, role: speaker.role[locale] }],
        organizations: [org.id],
        source: { publisher: { id: 'synthetic', name: 'Synthetic', description: 'a synthetic publisher' }, url: `https://example.org/${storyId}`, date },
        html: paragraphs.join('\n'),
        passages: paragraphs.map((html, p) => ({ anchor: `p-${p + 1}`, html, quotes: [] })),
        quotes: [],
        wordCount: 0,
        file: `(synthetic)/${storyId}/${locale}.md`,
      } satisfies Article;
    }
    stories.set(storyId, versions);
  }
  return { people, organizations, events: new Map(), topics: new Map(), sections: new Map(), stories };
}

function makeQueries(): { query: string; locale: Locale }[] {
  const queries: string[] = [];
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  for (const [fr, en] of SECTORS) queries.push(fr.replace(/^l’|^la |^le |^les /u, ''), en.replace(/^the /u, ''));
  for (const [fr, en] of TOPICS) queries.push(fr, en, fold(fr), fr.split(' ')[0]!);
  for (const [fr, en] of CITIES) queries.push(fr, en);
  for (const [fr, en] of LAST) queries.push(fr, en, `${pick(FIRST)} ${fr}`);
  for (const [fr, en] of ADJECTIVES) queries.push(fr, en);
  queries.push('industriel', 'industrie', 'cities', 'city', 'developpement', 'développement durable Moscou', 'robot', 'robotique Kazan');
  // Unfinished words, typos, absurd queries, numbers, over-long and hostile input.
  queries.push('industri', 'robo', 'investis', 'Gnatiuk', 'Chanin', 'semiconductor', 'hydrogen vert', 'qsdfghjk', 'zzzz yyyy', '2030', '950 emplois');
  queries.push('le la les', 'the of and', '\u0000\u0001', 'x'.repeat(10 * 1024), 'ville '.repeat(30));
  return queries.flatMap((query) => (['fr', 'en'] as const).map((locale) => ({ query, locale })));
}

function heapMB(): number {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function main() {
  if (!global.gc) console.warn('Run with node --expose-gc (npm run bench:search) for exact heap figures.');
  const heapStart = heapMB();
  let t = performance.now();
  const content = makeContent();
  const generateMs = performance.now() - t;
  const heapContent = heapMB();

  t = performance.now();
  // The synthetic stories carry their HTML whole; the site keeps bodies apart.
  const documents = buildDocuments(content, (storyId) => content.stories.get(storyId) ?? {});
  const documentsMs = performance.now() - t;
  const heapDocuments = heapMB();

  t = performance.now();
  const built = createSearchIndex(documents);
  const indexMs = performance.now() - t;
  const heapIndex = heapMB();

  t = performance.now();
  const serialized = built.serialize();
  const serializeMs = performance.now() - t;
  const bytes = Buffer.byteLength(serialized);
  const gzipBytes = gzipSync(serialized).length;

  // What a server does: parse the bundled string and load the index. Measured on its own heap.
  const heapBeforeLoad = heapMB();
  t = performance.now();
  const index = loadSearchIndex(serialized);
  const loadMs = performance.now() - t;
  const heapLoaded = heapMB() - heapBeforeLoad;

  const queries = makeQueries();
  for (const { query, locale } of queries.slice(0, 40)) index.search(query, locale); // warm-up
  // Wall time is what a reader waits for; CPU time (this process's, all its threads) does not
  // count the waits for a core that other work on a shared machine causes.
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let withResults = 0;
  const loadBefore = os.loadavg()[0]!;
  for (let round = 0; round < 3; round++) {
    for (const { query, locale } of queries) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const response = index.search(query, locale);
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
      if (round === 0 && response.total > 0) withResults++;
    }
  }
  if (process.env.BENCH_SLOWEST) {
    const per = queries.map(({ query, locale }) => {
      const cpu = process.cpuUsage();
      const r = index.search(query, locale);
      const used = process.cpuUsage(cpu);
      return { ms: (used.user + used.system) / 1000, query: query.slice(0, 40), locale, total: r.total, kind: r.kind };
    });
    console.table(per.sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.BENCH_SLOWEST)));
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);

  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      loadAverageDuringQueries: round((loadBefore + os.loadavg()[0]!) / 2, 1),
    },
    corpus: {
      stories: content.stories.size,
      versions: [...content.stories.values()].reduce((n, v) => n + Object.keys(v).length, 0),
      people: content.people.size,
      organizations: content.organizations.size,
      documents: documents.length,
      textMB: round(documents.reduce((n, d) => n + Object.values(d.text).reduce((m, s) => m + (s?.length ?? 0), 0), 0) / 1024 / 1024),
    },
    buildMs: {
      generateContent: round(generateMs, 0),
      documents: round(documentsMs, 0),
      index: round(indexMs, 0),
      serialize: round(serializeMs, 0),
      load: round(loadMs, 0),
    },
    heapMB: {
      content: round(heapContent - heapStart, 1),
      documents: round(heapDocuments - heapContent, 1),
      index: round(heapIndex - heapDocuments, 1),
      loadedFromSerialized: round(heapLoaded, 1),
    },
    serialized: { MB: round(bytes / 1024 / 1024), gzipMB: round(gzipBytes / 1024 / 1024) },
    queries: {
      distinct: queries.length,
      timed: times.length,
      withResults,
      p50ms: round(percentile(times, 50), 3),
      p95ms: round(percentile(times, 95), 3),
      p99ms: round(percentile(times, 99), 3),
      maxMs: round(times.at(-1) ?? 0, 3),
      cpuP50ms: round(percentile(cpuTimes, 50), 3),
      cpuP95ms: round(percentile(cpuTimes, 95), 3),
      targetP95ms: TARGET_P95_MS,
    },
  };

  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(new URL('search.json', RESULTS), `${JSON.stringify(result, null, 2)}\n`);

  const rows: [string, string][] = [
    [
      'Corpus',
      `${result.corpus.stories} stories (${result.corpus.versions} versions), ${result.corpus.people} people, ${result.corpus.organizations} organizations; ${result.corpus.textMB} MB of text`,
    ],
    ['Build', `documents ${result.buildMs.documents} ms + index ${result.buildMs.index} ms; serialize ${result.buildMs.serialize} ms`],
    [
      'Heap',
      `documents ${result.heapMB.documents} MB, index ${result.heapMB.index} MB; loaded from the serialized form ${result.heapMB.loadedFromSerialized} MB (documents included)`,
    ],
    ['Serialized', `${result.serialized.MB} MB (${result.serialized.gzipMB} MB gzip); load ${result.buildMs.load} ms`],
    [
      'Queries',
      `${result.queries.timed} timed (${result.queries.distinct} distinct × 3), ${result.queries.withResults} of ${result.queries.distinct} with results`,
    ],
    [
      'Latency',
      `p50 ${result.queries.p50ms} ms, p95 ${result.queries.p95ms} ms, p99 ${result.queries.p99ms} ms, max ${result.queries.maxMs} ms (goal: p95 < ${TARGET_P95_MS} ms)`,
    ],
    [
      'CPU time',
      `p50 ${result.queries.cpuP50ms} ms, p95 ${result.queries.cpuP95ms} ms per query (load average ${result.machine.loadAverageDuringQueries} on ${result.machine.cpus} cores)`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nSearch benchmark — ${result.machine.cpus} × ${result.machine.cpu}, Node ${result.machine.node}\n`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  console.log(`\nWritten to ${path.relative(process.cwd(), fileURLToPath(new URL('search.json', RESULTS)))}`);
  if (result.queries.p95ms >= TARGET_P95_MS) console.log(`p95 ${result.queries.p95ms} ms: over the ${TARGET_P95_MS} ms goal.`);
}

main();
