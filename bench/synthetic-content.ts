/*
 * Synthetic bilingual content for the benchmarks: N stories, each in French and English, with
 * speakers, organizations, events and topics, in exactly the shape of `content/` (same front
 * matter, same YAML files, same quote directives). Deterministic: the same seed and N give the
 * same bytes. The real `content/` is never touched; callers pass a temporary folder.
 *
 * The text is made to exercise the pipeline as the real story does: accents, numbers with
 * thousands and decimals, percentages, times (10:30), « » and "…" quotes, `; : ! ?` (which French
 * typography respaces), straight apostrophes (curled), names of people and organizations in the
 * running text (first mentions become links), block and inline quotes and reported speech tied
 * to the story's speakers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { originalHash } from '../lib/content/original-hash';

export type Lang = 'fr' | 'en';
type Pair = readonly [fr: string, en: string];

export interface PoolSizes {
  people: number;
  organizations: number;
  events: number;
  topics: number;
  sections: number;
}

export interface SyntheticOptions {
  stories: number;
  seed?: number;
  /** Entity pool; by default it grows with N like a real archive (see `defaultPool`). */
  pool?: Partial<PoolSizes>;
}

export interface SyntheticSummary {
  dir: string;
  seed: number;
  stories: number;
  files: number;
  bytes: number;
  pool: PoolSizes;
  /** One article of the set, to request in the HTTP and page-weight benchmarks. */
  sample: { storyId: string; slug: Record<Lang, string> };
}

export const DEFAULT_SEED = 20250919;

/**
 * People, organizations and events grow with the archive: a news site of 1,000 stories quotes a
 * few hundred people (most once or twice, some often); topics and sections are a fixed vocabulary.
 */
export function defaultPool(stories: number): PoolSizes {
  return {
    people: Math.max(12, Math.round(stories * 0.3)),
    organizations: Math.max(8, Math.round(stories * 0.1)),
    events: Math.max(2, Math.round(stories / 50)),
    topics: TOPICS.length,
    sections: SECTIONS.length,
  };
}

/** mulberry32: small, fast, good enough to pick words. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (!list.length) throw new Error('pick from an empty list');
    return list[Math.floor(next() * list.length)] as T;
  };
  /** `count` distinct items (fewer if the list is shorter), in random order. */
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
    return out;
  };
  const chance = (p: number) => next() < p;
  return { next, int, pick, sample, chance };
}
export type Random = ReturnType<typeof createRandom>;

// ---------------------------------------------------------------------------------------------
// Vocabulary

const TOPICS: readonly (readonly [id: string, fr: string, en: string])[] = [
  ['industry', 'Industrie', 'Industry'],
  ['robotics', 'Robotique', 'Robotics'],
  ['artificial-intelligence', 'Intelligence artificielle', 'Artificial intelligence'],
  ['industrial-automation', 'Automatisation industrielle', 'Industrial automation'],
  ['international-cooperation', 'Coopération internationale', 'International cooperation'],
  ['investment', 'Investissement', 'Investment'],
  ['megacities', 'Mégapoles', 'Megacities'],
  ['energy', 'Énergie', 'Energy'],
  ['transport', 'Transports', 'Transport'],
  ['housing', 'Logement', 'Housing'],
  ['health', 'Santé', 'Health'],
  ['education', 'Éducation', 'Education'],
  ['digital-government', 'Administration numérique', 'Digital government'],
  ['climate', 'Climat', 'Climate'],
  ['water', 'Eau', 'Water'],
  ['agriculture', 'Agriculture', 'Agriculture'],
  ['tourism', 'Tourisme', 'Tourism'],
  ['culture', 'Culture', 'Culture'],
  ['space', 'Espace', 'Space'],
  ['finance', 'Finance', 'Finance'],
  ['trade', 'Commerce', 'Trade'],
  ['logistics', 'Logistique', 'Logistics'],
  ['startups', 'Jeunes pousses', 'Start-ups'],
  ['cybersecurity', 'Cybersécurité', 'Cybersecurity'],
  ['batteries', 'Batteries', 'Batteries'],
  ['semiconductors', 'Semi-conducteurs', 'Semiconductors'],
  ['public-health', 'Santé publique', 'Public health'],
  ['urban-planning', 'Urbanisme', 'Urban planning'],
  ['research', 'Recherche', 'Research'],
  ['employment', 'Emploi', 'Employment'],
];

const SECTIONS: readonly (readonly [id: string, fr: string, en: string])[] = [
  ['economy', 'Économie', 'Economy'],
  ['cities', 'Villes', 'Cities'],
  ['technology', 'Technologie', 'Technology'],
  ['society', 'Société', 'Society'],
  ['diplomacy', 'Diplomatie', 'Diplomacy'],
  ['science', 'Sciences', 'Science'],
];

const CITIES: readonly Pair[] = [
  ['Moscou', 'Moscow'],
  ['Saint-Pétersbourg', 'Saint Petersburg'],
  ['Pékin', 'Beijing'],
  ['Shanghai', 'Shanghai'],
  ['New Delhi', 'New Delhi'],
  ['Bombay', 'Mumbai'],
  ['Brasilia', 'Brasília'],
  ['Rio de Janeiro', 'Rio de Janeiro'],
  ['Le Cap', 'Cape Town'],
  ['Johannesburg', 'Johannesburg'],
  ['Le Caire', 'Cairo'],
  ['Téhéran', 'Tehran'],
  ['Abou Dabi', 'Abu Dhabi'],
  ['Addis-Abeba', 'Addis Ababa'],
  ['Kazan', 'Kazan'],
  ['Nijni Novgorod', 'Nizhny Novgorod'],
  ['Djakarta', 'Jakarta'],
  ['Dakar', 'Dakar'],
];

const COUNTRIES: readonly Pair[] = [
  ['Russie', 'Russia'],
  ['Chine', 'China'],
  ['Inde', 'India'],
  ['Brésil', 'Brazil'],
  ['Afrique du Sud', 'South Africa'],
  ['Égypte', 'Egypt'],
  ['Éthiopie', 'Ethiopia'],
  ['Iran', 'Iran'],
  ['Émirats arabes unis', 'United Arab Emirates'],
  ['Indonésie', 'Indonesia'],
  ['France', 'France'],
  ['Sénégal', 'Senegal'],
];

/** Russian given names, English spelling → French spelling. */
const RU_GIVEN: readonly Pair[] = [
  ['Olga', 'Olga'],
  ['Dmitri', 'Dmitry'],
  ['Vladimir', 'Vladimir'],
  ['Ivan', 'Ivan'],
  ['Polina', 'Polina'],
  ['Alexeï', 'Alexey'],
  ['Ekaterina', 'Yekaterina'],
  ['Sergueï', 'Sergey'],
  ['Natalia', 'Natalya'],
  ['Mikhaïl', 'Mikhail'],
  ['Anastassia', 'Anastasia'],
  ['Andreï', 'Andrey'],
  ['Ioulia', 'Yulia'],
  ['Pavel', 'Pavel'],
  ['Tatiana', 'Tatyana'],
  ['Nikolaï', 'Nikolai'],
  ['Svetlana', 'Svetlana'],
  ['Artiom', 'Artyom'],
  ['Maria', 'Maria'],
  ['Guennadi', 'Gennady'],
];
/** Surname roots, English transliteration; French is derived by `frenchSpelling`. */
const RU_ROOTS = [
  'Vidan',
  'Shan',
  'Krikush',
  'Gnatyuk',
  'Pavl',
  'Sobol',
  'Zhuk',
  'Kuzn',
  'Yurch',
  'Bel',
  'Shukh',
  'Chern',
  'Volk',
  'Orl',
  'Zayts',
  'Lebed',
  'Kozl',
  'Nikit',
  'Frol',
  'Zhdan',
  'Gusch',
  'Tikh',
  'Kulik',
  'Yakush',
  'Maksim',
  'Bogdan',
  'Sheremet',
  'Shuv',
  'Khrust',
  'Yermol',
  'Dyach',
  'Lyub',
  'Koval',
  'Fedyush',
  'Zubk',
  'Shilk',
  'Grom',
  'Tsvetk',
  'Kharit',
  'Rudn',
  'Kamensk',
  'Sedykh',
  'Yudin',
  'Pushk',
  'Ustyuzh',
  'Chuk',
];
const RU_SUFFIXES = ['ov', 'in', 'enko', 'sky', 'ev', 'chenko', 'uk'];
const OTHER_GIVEN = [
  'Li',
  'Wei',
  'Zhang',
  'Mei',
  'Priya',
  'Arjun',
  'Ananya',
  'Rahul',
  'João',
  'Luíza',
  'Thabo',
  'Naledi',
  'Amani',
  'Fatima',
  'Reza',
  'Leïla',
  'Aminata',
  'Moussa',
  'Hélène',
  'François',
  'Chloé',
  'Mateus',
];
const OTHER_FAMILY = [
  'Sharma',
  'Iyer',
  'Chen',
  'Wang',
  'Liu',
  'Zhou',
  'Gupta',
  'Nair',
  'Silva',
  'Gonçalves',
  'Araújo',
  'Mokoena',
  'Dlamini',
  'Haddad',
  'Tesfaye',
  'Rahimi',
  'Diop',
  'Ndiaye',
  'Lefèvre',
  'Dubois',
  'Faure',
  'Moreau',
  'Santos',
];

const JOB_TITLES: readonly Pair[] = [
  ['directrice adjointe', 'Deputy Head'],
  ['directeur général', 'Director General'],
  ['PDG', 'CEO'],
  ['cofondateur et directeur du développement', 'Co-founder and Development Director'],
  ['responsable du service de presse', 'Head of the press service'],
  ['conseillère du ministre', 'Adviser to the Minister'],
  ['vice-président', 'Vice-President'],
  ['chercheuse principale', 'Lead Researcher'],
  ['directeur technique', 'Chief Technology Officer'],
  ['présidente du conseil', 'Chair of the Board'],
  ['chef de projet', 'Project Lead'],
  ['directrice financière', 'Chief Financial Officer'],
];

const DEPARTMENT_TOPICS: readonly Pair[] = [
  ['des investissements et de la politique industrielle', 'Investment and Industrial Policy'],
  ['des technologies de l’information', 'Information Technology'],
  ['des transports', 'Transport'],
  ['de la santé', 'Health'],
  ['de l’urbanisme', 'Urban Planning'],
  ['de l’entrepreneuriat et de l’innovation', 'Entrepreneurship and Innovation'],
  ['des relations économiques extérieures', 'Foreign Economic Relations'],
  ['de l’énergie et du logement', 'Energy and Housing'],
];

const BRAND_A = [
  'Gel',
  'Nex',
  'Sim',
  'Ro',
  'Vol',
  'Tera',
  'Lux',
  'Sib',
  'Kvant',
  'Neo',
  'Sfera',
  'Avia',
  'Agro',
  'Energo',
  'Medi',
  'Tekh',
  'Aqua',
  'Geo',
  'Orbi',
  'Polar',
];
const BRAND_B = ['tek', 'touch', 'ba', 'bot', 'ga', 'lab', 'prom', 'soft', 'tron', 'line', 'net', 'grad', 'mash', 'vision', 'pharm', 'stroy'];
const BRAND_KIND: readonly Pair[] = [
  ['NPK', 'NPK'],
  ['Groupe', 'Group'],
  ['', ''],
  ['', ''],
  ['Laboratoires', 'Laboratories'],
];
const BUSINESS: readonly Pair[] = [
  ['fabricant de cosmétiques', 'a cosmetics maker'],
  ['constructeur de robots industriels', 'an industrial robot maker'],
  ['éditeur de logiciels de gestion urbaine', 'a maker of city-management software'],
  ['producteur de batteries lithium-ion', 'a lithium-ion battery producer'],
  ['spécialiste des réseaux électriques intelligents', 'a smart-grid specialist'],
  ['fabricant d’équipements médicaux', 'a medical equipment maker'],
  ['opérateur de centres de données', 'a data-centre operator'],
  ['concepteur de drones agricoles', 'a designer of farm drones'],
];

const EVENT_NAMES: readonly Pair[] = [
  ['Forum Cloud Cities des BRICS', 'BRICS Cloud Cities Forum'],
  ['Sommet des villes intelligentes', 'Smart Cities Summit'],
  ['Forum de l’industrie numérique', 'Digital Industry Forum'],
  ['Semaine de l’énergie durable', 'Sustainable Energy Week'],
  ['Salon international de la robotique', 'International Robotics Show'],
  ['Conférence sur la santé urbaine', 'Urban Health Conference'],
  ['Forum des jeunes entrepreneurs', 'Young Entrepreneurs Forum'],
  ['Rencontres de la mobilité', 'Mobility Meetings'],
];

const SESSIONS: readonly Pair[] = [
  ['L’industrie actuelle dans les mégapoles numériques', 'Industry today in digital megacities'],
  ['Les données au service de la ville', 'Data in the service of the city'],
  ['Financer la transition énergétique', 'Financing the energy transition'],
  ['La robotique au quotidien', 'Robotics in everyday life'],
  ['Former les ingénieurs de demain', 'Training tomorrow’s engineers'],
  ['Des transports sans émissions ?', 'Zero-emission transport?'],
  ['Santé : la médecine connectée', 'Health: connected medicine'],
  ['Les jeunes pousses face aux marchés mondiaux', 'Start-ups and global markets'],
];

const PUBLISHERS = ['Sputnik Afrique', 'Agence de presse urbaine', 'Le Courrier des BRICS', 'Cloud Cities Wire', 'Metro Daily'];
/** A publisher's id in publishers.yaml. */
const publisherId = (name: string) => kebab(name, 6);

// ---------------------------------------------------------------------------------------------
// Spelling helpers

/** English transliteration of a Russian name → the usual French one (Shanin → Chanine, Gnatyuk → Gnatiouk). */
export function frenchSpelling(en: string): string {
  let s = en
    .replace(/shch/g, 'chtch')
    .replace(/Shch/g, 'Chtch')
    .replace(/ch/g, 'tch')
    .replace(/^Ch/, 'Tch')
    .replace(/sh/g, 'ch')
    .replace(/^Sh/, 'Ch')
    .replace(/zh/g, 'j')
    .replace(/^Zh/, 'J')
    .replace(/kh/g, 'kh')
    .replace(/yu/g, 'iou')
    .replace(/^Yu/, 'Iou')
    .replace(/ya/g, 'ia')
    .replace(/^Ya/, 'Ia')
    .replace(/ye/g, 'ie')
    .replace(/^Ye/, 'E')
    .replace(/([^aeiouo])u/g, '$1ou')
    .replace(/^U/, 'Ou')
    .replace(/ts/g, 'ts')
    .replace(/sky$/, 'ski')
    .replace(/([^aeiou])in$/, '$1ine');
  s = s.replace(/ouou/g, 'ou');
  return s;
}

/** ASCII kebab-case, as ids and slugs must be. */
export function kebab(text: string, maxWords = 8): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** A YAML scalar: plain where the real files write it plain, double-quoted (JSON) otherwise. */
function yamlScalar(text: string): string {
  const plainSafe = /^[\p{L}\p{N}][^#\n"]*$/u.test(text) && !/: |:$|^[-?:,[\]{}&*!|>'%@`]/.test(text) && !/[[\]{},]/.test(text);
  return plainSafe ? text : JSON.stringify(text);
}

// ---------------------------------------------------------------------------------------------
// Entities

interface PersonDraft {
  id: string;
  name: Record<Lang, string>;
  aliases: string[];
  organizations: string[];
  title: Pair;
  feminine: boolean;
}
interface OrganizationDraft {
  id: string;
  name: Record<Lang, string>;
  /** Set where the name was numbered to tell it apart: the slug made from a long name is cut before the number. */
  slug?: Record<Lang, string>;
  aliases: string[];
  description: Record<Lang, string>;
  city: Pair;
}
interface EventDraft {
  id: string;
  name: Record<Lang, string>;
  location: Pair;
  date: string;
  /** Organizations the (synthetic) source says organised it. */
  organizers: string[];
  /** Organizations it is associated with: BRICS, whose name the events bear. */
  associatedOrganizations: string[];
}

function makeOrganizations(rnd: Random, count: number): OrganizationDraft[] {
  const out: OrganizationDraft[] = [];
  const used = new Set<string>();
  // A few public bodies every archive keeps quoting, as the real story's BRICS and city departments.
  out.push({
    id: 'brics',
    name: { fr: 'BRICS', en: 'BRICS' },
    aliases: [],
    description: {
      fr: 'Le Forum Cloud Cities se tient sous sa bannière ; ses membres représentent près de 45 % de la population mondiale.',
      en: 'The Cloud Cities Forum is held under its banner; its members account for nearly 45% of the world’s population.',
    },
    city: ['Moscou', 'Moscow'],
  });
  used.add('BRICS');
  for (let i = 0; out.length < count; i++) {
    const city = rnd.pick(CITIES);
    const kind = i % 3;
    let name: Record<Lang, string>;
    let aliases: string[] = [];
    let description: Record<Lang, string>;
    if (kind === 0) {
      const dept = rnd.pick(DEPARTMENT_TOPICS);
      name = { fr: `Département ${dept[0]} de ${city[0]}`, en: `${city[1]} Department of ${dept[1]}` };
      aliases = [`Département ${dept[0]}`, `Department of ${dept[1]}`];
      description = {
        fr: `Département de la ville de ${city[0]} ; son budget a dépassé ${rnd.int(2, 90)} milliards de roubles en ${rnd.int(2019, 2025)}. Il publie chaque année un rapport de ${rnd.int(80, 400)} pages !`,
        en: `A department of the city of ${city[1]}; its budget passed ${rnd.int(2, 90)} billion roubles in ${rnd.int(2019, 2025)}. It publishes a ${rnd.int(80, 400)}-page report every year!`,
      };
    } else if (kind === 1) {
      const kindName = rnd.pick(BRAND_KIND);
      const brand = `${rnd.pick(BRAND_A)}${rnd.pick(BRAND_B)}${rnd.chance(0.4) ? `-${rnd.pick(BRAND_A)}${rnd.pick(BRAND_B)}` : ''}`;
      name = { fr: kindName[0] ? `${kindName[0]} ${brand}` : brand, en: kindName[1] ? `${kindName[1]} ${brand}` : brand };
      const business = rnd.pick(BUSINESS);
      description = {
        fr: `Entreprise de ${city[0]}, ${business[0]} ; elle emploie ${rnd.int(1, 9)} ${rnd.int(100, 999)} personnes et exporte vers ${rnd.int(3, 40)} pays.`,
        en: `A ${city[1]} company, ${business[1]}; it employs ${rnd.int(1, 9)},${rnd.int(100, 999)} people and exports to ${rnd.int(3, 40)} countries.`,
      };
    } else {
      const field = rnd.pick(TOPICS);
      name = { fr: `Institut de ${field[1].toLowerCase()} de ${city[0]}`, en: `${city[1]} Institute of ${field[2]}` };
      description = {
        fr: `Établissement de recherche fondé en ${rnd.int(1920, 2015)} ; il forme chaque année ${rnd.int(200, 3000)} étudiants, « de la licence au doctorat », dont ${rnd.int(10, 60)},${rnd.int(1, 9)} % venus de l'étranger.`,
        en: `A research institution founded in ${rnd.int(1920, 2015)}; it trains ${rnd.int(200, 3000)} students a year, ${rnd.int(10, 60)}.${rnd.int(1, 9)}% of them from abroad.`,
      };
    }
    let slug: Record<Lang, string> | undefined;
    if (used.has(name.en) || used.has(name.fr)) {
      slug = { fr: `${kebab(name.fr, 6)}-${i}`, en: `${kebab(name.en, 6)}-${i}` };
      name = { fr: `${name.fr} ${i}`, en: `${name.en} ${i}` };
    }
    used.add(name.en);
    used.add(name.fr);
    let id = kebab(name.en, 7) || `organization-${i}`;
    while (out.some((o) => o.id === id)) id = `${id}-${i}`;
    out.push({ id, name, slug, aliases: aliases.filter((a) => !used.has(a)), description, city });
    aliases.forEach((a) => used.add(a));
  }
  return out.slice(0, count);
}

function makePeople(rnd: Random, count: number, organizations: readonly OrganizationDraft[]): PersonDraft[] {
  const out: PersonDraft[] = [];
  const names = new Set<string>();
  for (let i = 0; out.length < count; i++) {
    let name: Record<Lang, string>;
    const russian = rnd.chance(0.6);
    let feminine = rnd.chance(0.5);
    if (russian) {
      const given = rnd.pick(RU_GIVEN);
      feminine = /a$/.test(given[1]);
      const root = rnd.pick(RU_ROOTS);
      const suffix = rnd.pick(RU_SUFFIXES);
      let family = `${root}${/[aeiou]$/.test(root) || root.endsWith('uk') || root.endsWith('in') ? '' : suffix}`;
      if (feminine && /(ov|in|ev)$/.test(family)) family += 'a';
      if (feminine && family.endsWith('sky')) family = family.replace(/sky$/, 'skaya');
      name = { fr: `${given[0]} ${frenchSpelling(family)}`, en: `${given[1]} ${family}` };
    } else {
      const given = rnd.pick(OTHER_GIVEN);
      const family = rnd.pick(OTHER_FAMILY);
      name = { fr: `${given} ${family}`, en: `${given} ${family}` };
    }
    if (names.has(name.en) || names.has(name.fr)) {
      // Rare collision: a middle initial keeps names unique, as newsrooms do.
      const initial = String.fromCharCode(65 + (i % 26));
      name = { fr: name.fr.replace(' ', ` ${initial}. `), en: name.en.replace(' ', ` ${initial}. `) };
      if (names.has(name.en) || names.has(name.fr)) continue;
    }
    names.add(name.en);
    names.add(name.fr);
    let id = kebab(name.en, 5);
    while (out.some((p) => p.id === id)) id = `${id}-${i}`;
    const orgs = rnd.sample(
      organizations.map((o) => o.id),
      rnd.chance(0.3) ? 2 : 1,
    );
    const aliases = russian && rnd.chance(0.15) ? [name.en.replace(/y\b/, 'i').replace(/ey\b/, 'ei')].filter((a) => a !== name.en && a !== name.fr) : [];
    out.push({ id, name, aliases, organizations: orgs, title: rnd.pick(JOB_TITLES), feminine });
  }
  return out;
}

function makeEvents(rnd: Random, count: number, organizations: readonly OrganizationDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  for (let i = 0; out.length < count; i++) {
    const base = EVENT_NAMES[i % EVENT_NAMES.length] as Pair;
    const year = 2023 + (Math.floor(i / EVENT_NAMES.length) % 3);
    const round = Math.floor(i / (EVENT_NAMES.length * 3));
    const city = rnd.pick(CITIES);
    const name = round
      ? { fr: `${base[0]} ${year} (${city[0]}, ${round + 1}ᵉ édition)`, en: `${base[1]} ${year} (${city[1]}, edition ${round + 1})` }
      : { fr: `${base[0]} ${year}`, en: `${base[1]} ${year}` };
    const month = String(rnd.int(1, 12)).padStart(2, '0');
    const date = rnd.chance(0.5) ? `${year}-${month}` : `${year}-${month}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
    out.push({
      id: `${kebab(base[1], 6)}-${year}${round ? `-${round + 1}` : ''}`,
      name,
      location: city,
      date,
      organizers: rnd.sample(
        organizations.slice(1).map((o) => o.id),
        rnd.int(0, 2),
      ),
      associatedOrganizations: ['brics'],
    });
  }
  return out;
}

function roleOf(person: PersonDraft, org: OrganizationDraft | undefined): Record<Lang, string> {
  const [fr, en] = person.title;
  return org ? { fr: `${fr} de ${org.name.fr}`, en: `${en} of ${org.name.en}` } : { fr, en };
}

// ---------------------------------------------------------------------------------------------
// Sentences: parallel French/English templates. Slots: {C} city, {K} country, {P} person,
// {O} organization, {T} topic, {N} large number, {D} decimal, {Y} year, {H} time, {E} event.

interface Slots {
  C: Pair;
  K: Pair;
  T: Pair;
  E: Pair;
  P: Pair;
  R: Pair;
  O: Pair;
  N: Pair;
  D: Pair;
  Y: string;
  H: string;
}

const NARRATIVE: readonly Pair[] = [
  [
    "La session consacrée à {T} a réuni à {C} des dirigeants venus de {K}, d'Inde et de France ; la salle de {N} places était comble.",
    'The session on {T} brought together leaders from {K}, India and France in {C}; the {N}-seat hall was full.',
  ],
  [
    "Selon les organisateurs du {E}, près de {N} visiteurs se sont inscrits, soit {D} % de plus qu'en {Y}.",
    'According to the organizers of the {E}, nearly {N} visitors registered, {D}% more than in {Y}.',
  ],
  [
    'Les débats ont commencé à {H} et se sont prolongés tard dans la soirée : preuve, disent les participants, que le sujet passionne.',
    'The debates began at {H} and went on late into the evening: proof, participants say, that the subject matters.',
  ],
  [
    '{O} a présenté un programme de {N} millions de roubles destiné aux entreprises de {C}.',
    '{O} presented a {N} million rouble programme for companies in {C}.',
  ],
  [
    "Pourquoi {C} plutôt qu'une autre métropole ? Parce que la ville a multiplié par {D} ses investissements dans {T} depuis {Y}.",
    'Why {C} rather than another metropolis? Because the city has multiplied its investment in {T} by {D} since {Y}.',
  ],
  [
    'Le "laboratoire urbain" de {C} teste déjà {N} capteurs ; les premiers résultats sont attendus en {Y}.',
    'The "urban laboratory" in {C} is already testing {N} sensors; the first results are expected in {Y}.',
  ],
  [
    "D'après {O}, la part de {T} dans l'économie locale atteint {D} % : un record !",
    'According to {O}, {T} now accounts for {D}% of the local economy: a record!',
  ],
  [
    "Les délégations de {K} ont insisté sur la formation : {N} ingénieurs doivent être recrutés d'ici à {Y}.",
    'The delegations from {K} stressed training: {N} engineers are to be hired by {Y}.',
  ],
  [
    "À {C}, la question n'est plus de savoir si {T} transformera la ville, mais à quelle vitesse.",
    'In {C}, the question is no longer whether {T} will transform the city, but how fast.',
  ],
  [
    "Le rapport publié par {O} compte {N} pages et {D} fois plus de données qu'en {Y} ; il est consultable en ligne.",
    'The report published by {O} runs to {N} pages, with {D} times more data than in {Y}; it is available online.',
  ],
  [
    "Plusieurs intervenants ont cité l'exemple de {C}, où le « guichet unique » des investisseurs traite {N} dossiers par an.",
    'Several speakers cited the example of {C}, where a "one-stop shop" for investors handles {N} applications a year.',
  ],
  [
    "Cette coopération n'est pas nouvelle : dès {Y}, {C} et des villes de {K} échangeaient leurs données sur {T}.",
    'This cooperation is not new: as early as {Y}, {C} and cities in {K} were sharing data on {T}.',
  ],
  [
    "Les chiffres parlent d'eux-mêmes ; en {Y}, {N} entreprises de {C} travaillaient déjà dans {T}.",
    'The figures speak for themselves; in {Y}, {N} companies in {C} were already working in {T}.',
  ],
  [
    "Faut-il s'en inquiéter ? Les experts réunis par {O} estiment que non, à condition d'investir {D} % du budget dans la formation.",
    'Is this cause for concern? The experts gathered by {O} think not, provided {D}% of the budget goes to training.',
  ],
  [
    "La prochaine réunion est prévue à {H}, le {Y} étant déjà qualifié d'« année charnière » par les organisateurs.",
    'The next meeting is scheduled for {H}, with {Y} already called a "turning point" by the organizers.',
  ],
];

const INTRO: readonly Pair[] = [
  ["{P}, {R}, a d'abord rappelé le contexte.", '{P}, {R}, first set out the context.'],
  ["Pour {P}, {R}, l'enjeu dépasse largement {C}.", 'For {P}, {R}, the stakes go well beyond {C}.'],
  ['{P} ({R}) a pris la parole après la pause de {H}.', '{P} ({R}) spoke after the {H} break.'],
  ['Interrogé sur {T}, {P}, {R}, a répondu sans détour.', 'Asked about {T}, {P}, {R}, answered plainly.'],
  ['{P}, {R}, a présenté les résultats obtenus depuis {Y} avec {O}.', '{P}, {R}, presented the results achieved with {O} since {Y}.'],
];

const BLOCK_QUOTES: readonly Pair[] = [
  [
    "Aujourd'hui, {C} n'est pas seulement une métropole, mais un centre de développement industriel et d'attraction d'investissements. La coopération internationale devient une priorité absolue pour nous.",
    'Today, {C} is not just a metropolis but a centre of industrial development and a magnet for investment. International cooperation is becoming an absolute priority for us.',
  ],
  ["Nous avons investi {N} millions de roubles en {Y} ; et ce n'est qu'un début !", 'We invested {N} million roubles in {Y}; and this is only the beginning!'],
  [
    'Qui aurait cru, il y a dix ans, que {T} attirerait autant de partenaires ? Nous sommes prêts à produire ici, avec eux.',
    'Who would have thought, ten years ago, that {T} would attract so many partners? We are ready to manufacture here, with them.',
  ],
  [
    'La ville a besoin de solutions concrètes : des transports fiables, des logements abordables et des données ouvertes.',
    'The city needs practical solutions: reliable transport, affordable housing and open data.',
  ],
  [
    "Notre objectif est simple : {D} % de production locale d'ici à {Y}, sans dépendre de fournisseurs étrangers.",
    'Our goal is simple: {D}% local production by {Y}, without depending on foreign suppliers.',
  ],
];

const INLINE_QUOTES: readonly Pair[] = [
  ['la ville est ouverte aux investissements directs', 'the city is open to direct investment'],
  ['toutes les villes sont confrontées à des défis similaires', 'every city faces similar challenges'],
  ["{T} n'est plus une option, mais une nécessité", '{T} is no longer an option but a necessity'],
  ['nous ne pouvons pas attendre {Y}', 'we cannot wait until {Y}'],
  ['chaque rouble investi en rapporte {D}', 'every rouble invested brings back {D}'],
];

const SAID: readonly Pair[] = [
  [
    'les produits fabriqués à {C} gagnent de plus en plus de terrain sur le marché international',
    'products made in {C} are gaining ground on the international market',
  ],
  [
    "de nombreux partenaires de {K} apprécient de visiter les sites de production et d'y constater la qualité de ce qui y est fabriqué",
    'many partners from {K} like to visit the production sites and see the quality of what is made there',
  ],
  [
    'le soutien de la ville, en particulier les incitations fiscales, compte parmi les facteurs décisifs',
    'the city’s support, particularly its tax incentives, is among the decisive factors',
  ],
  [
    "il est particulièrement important de développer la production nationale de batteries, afin d'adopter plus vite les nouvelles technologies",
    'it is particularly important to develop national battery production in order to adopt new technologies faster',
  ],
  [
    'les initiatives conjointes permettent de moderniser plus rapidement les infrastructures de {C}',
    'joint initiatives make it possible to modernise {C}’s infrastructure faster',
  ],
  ["{N} emplois pourraient être créés d'ici à {Y}", '{N} jobs could be created by {Y}'],
];

const INLINE_FRAMES: readonly Pair[] = [
  ['{X} a assuré que {Q}.', '{X} said that {Q}.'],
  ['Selon {X}, {Q} ; une analyse partagée par plusieurs délégations.', 'According to {X}, {Q}; a view shared by several delegations.'],
  ["{X} l'a résumé ainsi : {Q}.", '{X} put it this way: {Q}.'],
  ['Malgré les difficultés, {X} estime que {Q}.', 'Despite the difficulties, {X} believes {Q}.'],
];

const HEADINGS: readonly Pair[] = [
  ['Une métropole ouverte aux investisseurs', 'A metropolis open to investors'],
  ['Des défis communs à toutes les mégapoles', 'Challenges every megacity shares'],
  ['Former, produire, exporter', 'Train, produce, export'],
  ['Et après {Y} ?', 'What comes after {Y}?'],
  ['Les chiffres clés', 'The key figures'],
  ['{C} en première ligne', '{C} in the front line'],
];

const TITLES: readonly Pair[] = [
  ['{T} : {C} fait valoir ses atouts au {E}', '{T}: {C} makes its pitch at the {E}'],
  ['À {C}, {T} au cœur des débats', 'In {C}, {T} takes centre stage'],
  ['{N} emplois en jeu : {C} mise sur {T}', '{N} jobs at stake: {C} bets on {T}'],
  ['Pourquoi {C} parie sur {T} ?', 'Why is {C} betting on {T}?'],
  ['{K} et {C} : un partenariat renforcé autour de {T}', '{K} and {C}: a closer partnership on {T}'],
];

const STANDFIRSTS: readonly Pair[] = [
  [
    "Des intervenants venus de {K}, d'Inde et de France ont débattu à {C} de {T}. La ville s'y est présentée comme ouverte aux investissements directs.",
    'Speakers from {K}, India and France met in {C} to discuss {T}. The city presented itself as open to direct investment.',
  ],
  [
    "{N} participants, {D} % d'investissements en plus : le {E} a fait de {T} sa priorité.",
    '{N} participants and {D}% more investment: the {E} made {T} its priority.',
  ],
  [
    'Réunis à {C}, élus et industriels ont comparé leurs stratégies ; tous veulent aller plus vite.',
    'Gathered in {C}, officials and manufacturers compared their strategies; all of them want to move faster.',
  ],
];

function fill(template: string, lang: Lang, s: Slots, extra: Record<string, string> = {}): string {
  const i = lang === 'fr' ? 0 : 1;
  return template.replace(/\{([A-Z])\}/g, (_, key: string) => {
    if (key in extra) return extra[key] as string;
    const value = s[key as keyof Slots];
    return typeof value === 'string' ? value : value[i];
  });
}

const bothLangs = (pair: Pair, s: Slots, extra?: Partial<Record<Lang, Record<string, string>>>): Record<Lang, string> => ({
  fr: fill(pair[0], 'fr', s, extra?.fr),
  en: fill(pair[1], 'en', s, extra?.en),
});

function randomSlots(
  rnd: Random,
  ctx: { city: Pair; topic: Pair; event: Pair; org: OrganizationDraft; person?: PersonDraft; role?: Record<Lang, string> },
): Slots {
  const big = rnd.int(2, 95) * (rnd.chance(0.5) ? 1000 : 100) + rnd.int(0, 9) * 10;
  const whole = rnd.int(1, 40);
  const tenth = rnd.int(1, 9);
  return {
    C: ctx.city,
    K: rnd.pick(COUNTRIES),
    T: [ctx.topic[0].toLowerCase(), ctx.topic[1].toLowerCase()],
    E: ctx.event,
    P: ctx.person ? [ctx.person.name.fr, ctx.person.name.en] : ['', ''],
    R: ctx.role ? [ctx.role.fr, ctx.role.en] : ['', ''],
    O: [ctx.org.name.fr, ctx.org.name.en],
    // French writes 12500 (typography groups the digits), English 12,500.
    N: [String(big), big.toLocaleString('en-US')],
    D: [`${whole},${tenth}`, `${whole}.${tenth}`],
    Y: String(rnd.int(2015, 2030)),
    H: `${rnd.int(8, 19)}:${rnd.pick(['00', '15', '30', '45'])}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Stories

interface StoryDraft {
  id: string;
  front: Record<Lang, string>;
  body: Record<Lang, string>;
  slug: Record<Lang, string>;
}

function makeStory(
  rnd: Random,
  index: number,
  pools: { people: PersonDraft[]; organizations: OrganizationDraft[]; events: EventDraft[]; topics: typeof TOPICS; sections: typeof SECTIONS },
): StoryDraft {
  const orgById = new Map(pools.organizations.map((o) => [o.id, o]));
  // Some people are quoted often: a skewed pick (squared uniform) favours the first of the pool.
  const skewed = <T>(list: readonly T[]) => list[Math.floor(rnd.next() ** 2 * list.length)] as T;
  const speakerCount = rnd.int(2, 5);
  const speakers: PersonDraft[] = [];
  while (speakers.length < Math.min(speakerCount, pools.people.length)) {
    const p = skewed(pools.people);
    if (!speakers.includes(p)) speakers.push(p);
  }
  const orgIds = [
    ...new Set([
      ...speakers.flatMap((p) => p.organizations),
      ...rnd.sample(
        pools.organizations.map((o) => o.id),
        rnd.int(0, 2),
      ),
    ]),
  ];
  const mainOrg = orgById.get(orgIds[0] ?? 'brics') ?? (pools.organizations[0] as OrganizationDraft);
  const tags = rnd.sample(pools.topics, rnd.int(2, 5));
  const mainTopic = tags[0] as (typeof TOPICS)[number];
  const topic: Pair = [mainTopic[1], mainTopic[2]];
  const eventDraft = rnd.chance(0.6) ? rnd.pick(pools.events) : undefined;
  const event: Pair = eventDraft ? [eventDraft.name.fr, eventDraft.name.en] : ['Forum des villes', 'Cities Forum'];
  const city = eventDraft?.location ?? rnd.pick(CITIES);
  const section = rnd.pick(pools.sections);
  const original: Lang = rnd.chance(0.7) ? 'fr' : 'en';
  const day = new Date(Date.UTC(2023, 0, 1) + rnd.int(0, 1000) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const updated = rnd.chance(0.15) ? new Date(day.getTime() + rnd.int(1, 5) * 86_400_000).toISOString().slice(0, 10) : undefined;
  const session = eventDraft && rnd.chance(0.7) ? rnd.pick(SESSIONS) : undefined;

  const base = { city, topic, event, org: mainOrg };
  const slots = () => randomSlots(rnd, { ...base, org: orgById.get(rnd.pick(orgIds)) ?? mainOrg });

  const roles = new Map(speakers.map((p) => [p.id, roleOf(p, orgById.get(p.organizations[0] ?? '') ?? undefined)]));

  // Blocks, built in both languages at once so passages and quotes line up.
  const blocks: Record<Lang, string>[] = [];
  const paragraph = (count: number, extra?: Record<Lang, string>) => {
    const fr: string[] = [];
    const en: string[] = [];
    for (const template of rnd.sample(NARRATIVE, count)) {
      const s = bothLangs(template, slots());
      fr.push(s.fr);
      en.push(s.en);
    }
    if (extra) {
      fr.push(extra.fr);
      en.push(extra.en);
    }
    blocks.push({ fr: fr.join(' '), en: en.join(' ') });
  };
  const heading = () => {
    const h = bothLangs(rnd.pick(HEADINGS), slots());
    blocks.push({ fr: `## ${h.fr}`, en: `## ${h.en}` });
  };

  paragraph(rnd.int(2, 3));
  paragraph(rnd.int(2, 4));
  if (rnd.chance(0.4)) {
    const s = slots();
    blocks.push({
      fr: `Intitulée *${session?.[0] ?? topic[0]}*, la discussion a duré ${rnd.int(2, 4)} heures ; en voici les points saillants :\n\n- ${s.N[0]} participants ;\n- ${s.D[0]} % de croissance ;\n- un programme jusqu'en ${s.Y}.`,
      en: `Titled *${session?.[1] ?? topic[1]}*, the discussion lasted ${rnd.int(2, 4)} hours; here are the highlights:\n\n- ${s.N[1]} participants;\n- ${s.D[1]}% growth;\n- a programme running until ${s.Y}.`,
    });
  }
  speakers.forEach((person, i) => {
    if (i === 0 || (i === 2 && rnd.chance(0.7))) heading();
    const role = roles.get(person.id) as Record<Lang, string>;
    const s = randomSlots(rnd, { ...base, person, role });
    const intro = bothLangs(rnd.pick(INTRO), s);
    const form = i === 0 ? 'block' : rnd.pick(['block', 'quote', 'said', 'said'] as const);
    const tie = (kind: 'quote' | 'said', text: Record<Lang, string>) => ({
      fr: `:${kind}[${text.fr}]{speaker=${person.id}}`,
      en: `:${kind}[${text.en}]{speaker=${person.id}}`,
    });
    if (form === 'block') {
      blocks.push({ fr: `${intro.fr} ${bothLangs(rnd.pick(NARRATIVE), s).fr}`, en: `${intro.en} ${bothLangs(rnd.pick(NARRATIVE), s).en}` });
      const q = bothLangs(rnd.pick(BLOCK_QUOTES), s);
      blocks.push({ fr: `:::quote{speaker=${person.id}}\n${q.fr}\n:::`, en: `:::quote{speaker=${person.id}}\n${q.en}\n:::` });
    }
    const kind = form === 'block' ? (rnd.chance(0.5) ? 'quote' : 'said') : form;
    const q = tie(kind, bothLangs(rnd.pick(kind === 'quote' ? INLINE_QUOTES : SAID), s));
    const subject: Record<Lang, string> =
      form === 'block' ? { fr: person.feminine ? 'Elle' : 'Il', en: person.feminine ? 'She' : 'He' } : { fr: person.name.fr, en: person.name.en };
    const frame = rnd.pick(INLINE_FRAMES);
    const sentence = {
      fr: fill(frame[0], 'fr', s, { X: subject.fr, Q: q.fr }).replace(/^Selon (Il|Elle)\b/, (_, w: string) => `Selon ${w === 'Il' ? 'lui' : 'elle'}`),
      en: fill(frame[1], 'en', s, { X: subject.en, Q: q.en }).replace(
        /^According to (He|She)\b/,
        (_, w: string) => `According to ${w === 'He' ? 'him' : 'her'}`,
      ),
    };
    const lead = form === 'block' ? { fr: '', en: '' } : { fr: `${intro.fr} `, en: `${intro.en} ` };
    blocks.push({
      fr: `${lead.fr}${sentence.fr} ${bothLangs(rnd.pick(NARRATIVE), s).fr}`,
      en: `${lead.en}${sentence.en} ${bothLangs(rnd.pick(NARRATIVE), s).en}`,
    });
  });
  paragraph(rnd.int(1, 3));

  const s = slots();
  const title = bothLangs(rnd.pick(TITLES), s);
  const standfirst = bothLangs(rnd.pick(STANDFIRSTS), s);
  const id = `${kebab(title.en, 6)}-${index + 1}`;
  const slug = { fr: `${kebab(title.fr, 8)}-${index + 1}`, en: `${kebab(title.en, 8)}-${index + 1}` };
  const publisher = rnd.pick(PUBLISHERS);
  const sourceLang = original;
  const sourceTitle = sourceLang === 'fr' ? title.fr : title.en;

  const body = { fr: `${blocks.map((b) => b.fr).join('\n\n')}\n`, en: `${blocks.map((b) => b.en).join('\n\n')}\n` };
  const li = (lang: Lang): 0 | 1 => (lang === 'fr' ? 0 : 1);
  // The translation records which text of the original it follows, as an editor's would.
  const translationOf = originalHash(
    {
      title: title[original],
      standfirst: standfirst[original],
      session: session ? session[li(original)] : undefined,
      location: city[li(original)],
      speakers: speakers.map((p) => ({ id: p.id, role: (roles.get(p.id) as Record<Lang, string>)[original] })),
    },
    body[original],
  );

  const front = (lang: Lang): string => {
    const lines = [
      '---',
      `title: ${JSON.stringify(title[lang])}`,
      `standfirst: ${JSON.stringify(standfirst[lang])}`,
      `slug: ${slug[lang]}`,
      `date: ${date}`,
      ...(updated ? [`updated: ${updated}`] : []),
      `section: ${section[0]}`,
      `tags: [${tags.map((t) => t[0]).join(', ')}]`,
      ...(eventDraft ? [`event: ${eventDraft.id}`] : []),
      ...(session ? [`session: ${JSON.stringify(session[lang === 'fr' ? 0 : 1])}`] : []),
      `location: ${yamlScalar(city[lang === 'fr' ? 0 : 1])}`,
      `original: ${original}`,
      ...(lang === original ? [] : [`originalHash: "${translationOf}"`]),
      'speakers:',
      ...speakers.flatMap((p) => [`  - id: ${p.id}`, `    role: ${yamlScalar((roles.get(p.id) as Record<Lang, string>)[lang])}`]),
      `organizations: [${orgIds.join(', ')}]`,
      'source:',
      `  publisher: ${publisherId(publisher)}`,
      `  title: ${JSON.stringify(sourceTitle)}`,
      `  url: https://news.example.org/${date.replaceAll('-', '')}/${slug[sourceLang]}.html`,
      `  date: ${date}`,
      `  language: ${sourceLang}`,
      '---',
    ];
    return `${lines.join('\n')}\n`;
  };
  return {
    id,
    slug,
    front: { fr: front('fr'), en: front('en') },
    body,
  };
}

// ---------------------------------------------------------------------------------------------
// Files

function personYaml(p: PersonDraft, organizations: Map<string, OrganizationDraft>): string {
  const role = roleOf(p, organizations.get(p.organizations[0] ?? ''));
  return [
    `# ${p.name.en}${p.name.fr !== p.name.en ? ` (French spelling: ${p.name.fr})` : ''}. Synthetic person for the benchmarks.`,
    'name:',
    `  fr: ${yamlScalar(p.name.fr)}`,
    `  en: ${yamlScalar(p.name.en)}`,
    '# Other spellings readers or editors may use.',
    `aliases: [${p.aliases.map(yamlScalar).join(', ')}]`,
    '# Organizations the person belongs to, by id; the first is the main one.',
    `organizations: [${p.organizations.join(', ')}]`,
    '# Role as last reported, per language.',
    'role:',
    `  fr: ${yamlScalar(role.fr)}`,
    `  en: ${yamlScalar(role.en)}`,
    '',
  ].join('\n');
}

function organizationYaml(o: OrganizationDraft): string {
  return [
    'name:',
    `  fr: ${yamlScalar(o.name.fr)}`,
    `  en: ${yamlScalar(o.name.en)}`,
    ...(o.slug ? ['slug:', `  fr: ${o.slug.fr}`, `  en: ${o.slug.en}`] : []),
    '# Other names the text may use, any language.',
    `aliases: [${o.aliases.map((a) => JSON.stringify(a)).join(', ')}]`,
    'description:',
    `  fr: ${JSON.stringify(o.description.fr)}`,
    `  en: ${JSON.stringify(o.description.en)}`,
    '',
  ].join('\n');
}

function eventYaml(e: EventDraft): string {
  return [
    'name:',
    `  fr: ${JSON.stringify(e.name.fr)}`,
    `  en: ${JSON.stringify(e.name.en)}`,
    'location:',
    `  fr: ${yamlScalar(e.location[0])}`,
    `  en: ${yamlScalar(e.location[1])}`,
    `date: "${e.date}"`,
    `organizers: [${e.organizers.join(', ')}]`,
    `associatedOrganizations: [${e.associatedOrganizations.join(', ')}]`,
    '',
  ].join('\n');
}

const publishersYaml = () =>
  PUBLISHERS.map((name) =>
    [
      `${publisherId(name)}:`,
      '  name:',
      `    fr: ${yamlScalar(name)}`,
      `    en: ${yamlScalar(name)}`,
      '  description:',
      `    fr: ${yamlScalar(`éditeur de presse (synthétique)`)}`,
      `    en: ${yamlScalar('a news publisher (synthetic)')}`,
      '',
    ].join('\n'),
  ).join('');

const vocabularyYaml = (terms: readonly (readonly [string, string, string])[]) =>
  `${terms.map(([id, fr, en]) => `${id}: { fr: ${yamlScalar(fr)}, en: ${yamlScalar(en)} }`).join('\n')}\n`;

/**
 * Writes N stories (fr.md and en.md each) and their people, organizations, events, topics and
 * sections into `dir` (created; must not hold other content). Returns what it wrote.
 */
export function generateContent(dir: string, options: SyntheticOptions): SyntheticSummary {
  const seed = options.seed ?? DEFAULT_SEED;
  const rnd = createRandom(seed);
  const pool: PoolSizes = { ...defaultPool(options.stories), ...options.pool, topics: TOPICS.length, sections: SECTIONS.length };
  const organizations = makeOrganizations(rnd, pool.organizations);
  const people = makePeople(rnd, pool.people, organizations);
  const events = makeEvents(rnd, pool.events, organizations);
  const orgMap = new Map(organizations.map((o) => [o.id, o]));

  let files = 0;
  let bytes = 0;
  const write = (file: string, text: string) => {
    writeFileSync(file, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  for (const sub of ['articles', 'people', 'organizations', 'events']) mkdirSync(path.join(dir, sub), { recursive: true });
  for (const p of people) write(path.join(dir, 'people', `${p.id}.yaml`), personYaml(p, orgMap));
  for (const o of organizations) write(path.join(dir, 'organizations', `${o.id}.yaml`), organizationYaml(o));
  for (const e of events) write(path.join(dir, 'events', `${e.id}.yaml`), eventYaml(e));
  write(path.join(dir, 'topics.yaml'), vocabularyYaml(TOPICS));
  write(path.join(dir, 'sections.yaml'), vocabularyYaml(SECTIONS));
  write(path.join(dir, 'publishers.yaml'), publishersYaml());

  let sample: SyntheticSummary['sample'] | undefined;
  for (let i = 0; i < options.stories; i++) {
    const story = makeStory(rnd, i, { people, organizations, events, topics: TOPICS, sections: SECTIONS });
    const storyDir = path.join(dir, 'articles', story.id);
    mkdirSync(storyDir, { recursive: true });
    for (const lang of ['fr', 'en'] as const) write(path.join(storyDir, `${lang}.md`), `${story.front[lang]}${story.body[lang]}`);
    sample ??= { storyId: story.id, slug: story.slug };
  }
  if (!sample) throw new Error('generateContent: at least one story is needed');
  return { dir, seed, stories: options.stories, files, bytes, pool, sample };
}
