import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

const quotes = (text: string) => extractArticle(text).quotes.map((q) => [q.text, q.speaker]);
const intro = "Chief negotiator Amir Haddad and envoy Lena Vogel attended the talks.";

describe("quotes", () => {
  it("attributes quotes to later short forms of names: a first surname, a family name written first, a particle-led name, the given names of a patronymic", () => {
    const text = article(
      "2024-01-01",
      "Chief negotiator Marta Elena Ruiz Ortega, envoy Park Ji-hoon, mediator Ana Sofia de la Torre and minister Siti Aminah binti Yusof attended the talks.",
      "“We came to listen,” Ruiz said.",
      "“The door is open,” Park said.",
      "De la Torre said: “Time is short.”",
      "“Nothing is agreed,” Siti Aminah told reporters.",
      "North Korean officials said nothing.",
    );
    expect(quotes(text)).toEqual([
      ["We came to listen,", "Marta Elena Ruiz Ortega"],
      ["The door is open,", "Park Ji-hoon"],
      ["Time is short.", "Ana Sofia de la Torre"],
      ["Nothing is agreed,", "Siti Aminah binti Yusof"],
    ]);
    expect(extractArticle(text).people.map((p) => p.name)).toEqual([
      "Marta Elena Ruiz Ortega",
      "Park Ji-hoon",
      "Ana Sofia de la Torre",
      "Siti Aminah binti Yusof",
    ]);
  });

  it("reads a role after the quote as the person last named, and a name after a long appositive", () => {
    const text = article(
      "2024-01-01",
      "US envoy Caroline Ashby attended the talks.",
      "“Nobody expects miracles,” the envoy told reporters.",
      "“We made progress,” the European Union’s lead negotiator, Anne-Marie van der Linde, said on Thursday.",
      "“It was useful,” the ministry said in a statement.",
    );
    expect(quotes(text)).toEqual([
      ["Nobody expects miracles,", "Caroline Ashby"],
      ["We made progress,", "Anne-Marie van der Linde"],
      ["It was useful,", null],
    ]);
  });

  it("takes a first surname that is also a city as the speaker only before a reporting verb", () => {
    const text = article(
      "2024-01-01",
      "The government’s chief negotiator, Héctor Luis Urdaneta Briceño, attended.",
      "“Sanctions are the obstacle,” Urdaneta said.",
    );
    expect(quotes(text)).toEqual([["Sanctions are the obstacle,", "Héctor Luis Urdaneta Briceño"]]);
  });

  it("does not read a short form inside another capitalised run, nor one two people share", () => {
    const text = article(
      "2024-01-01",
      "Envoy Lee Min-ho and minister Lee Sun-young met in Seoul.",
      "“We agreed on little,” Lee said.",
      "“Korean unity matters,” South Korean officials said.",
    );
    expect(quotes(text).map(([, speaker]) => speaker)).toEqual([null, null]);
  });

  it("handles `“…,” he said.`, `X said: “…”`, `“…” X told reporters.` and `according to X, “…”`", () => {
    const text = article(
      "2024-01-01",
      intro,
      "“We came to listen,” Haddad said.",
      "Vogel said: “The door is open.”",
      "“Nothing is agreed” Haddad told reporters.",
      "According to Vogel, “time is short.”",
    );
    expect(quotes(text)).toEqual([
      ["We came to listen,", "Amir Haddad"],
      ["The door is open.", "Lena Vogel"],
      ["Nothing is agreed", "Amir Haddad"],
      ["time is short.", "Lena Vogel"],
    ]);
  });

  it("splits two sentences around an attribution and resolves pronouns", () => {
    const text = article(
      "2024-01-01",
      intro,
      "Vogel spoke last.",
      "“It was hard,” she said. “It will get harder.”",
    );
    expect(quotes(text)).toEqual([
      ["It was hard,", "Lena Vogel"],
      ["It will get harder.", "Lena Vogel"],
    ]);
  });

  it("keeps partial quotes inside a sentence with the sentence's speaker", () => {
    const text = article("2024-01-01", intro, "Haddad called the offer “serious” but “incomplete.”");
    expect(quotes(text)).toEqual([
      ["serious", "Amir Haddad"],
      ["incomplete.", "Amir Haddad"],
    ]);
  });

  it("alternates speakers with straight quote marks", () => {
    const text = article("2024-01-01", intro, '"We are ready," Haddad said.', '"So are we," said Vogel.');
    expect(quotes(text)).toEqual([
      ["We are ready,", "Amir Haddad"],
      ["So are we,", "Lena Vogel"],
    ]);
  });

  it("joins a quotation that runs over two paragraphs with one space", () => {
    const text = article("2024-01-01", intro, "Vogel said: “First part.", "“Second part.”");
    const [q] = extractArticle(text).quotes;
    expect([q?.text, q?.speaker]).toEqual(["First part. Second part.", "Lena Vogel"]);
    expect(text.slice(q?.start ?? 0, q?.end ?? 0)).toBe("First part.\n\n“Second part.");
  });

  it("recovers a lost opening mark from `,” he said.` at the paragraph end", () => {
    const text = article("2024-01-01", intro, "Haddad spoke first.", "Nobody wanted this outcome,” he said.");
    const result = extractArticle(text);
    expect(result.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Nobody wanted this outcome,", "Amir Haddad"],
    ]);
    expect(result.warnings.some((w) => w.includes("no opening mark"))).toBe(true);
  });

  it("gives unnamed sources a null speaker", () => {
    const text = article(
      "2024-01-01",
      intro,
      "A Western diplomat familiar with the talks said: “Nobody expects a deal.”",
      "“It is stuck,” one of the mediators told reporters on condition of anonymity.",
      "“We will see,” said a diplomat who asked not to be named.",
    );
    expect(quotes(text)).toEqual([
      ["Nobody expects a deal.", null],
      ["It is stuck,", null],
      ["We will see,", null],
    ]);
  });

  it("inherits the latest named speaker when the quote's own sentence names nobody", () => {
    const text = article(
      "2024-01-01",
      intro,
      "Haddad said the talks were useful.",
      "Tehran wants “immediate answers” to its questions.",
    );
    expect(quotes(text)).toEqual([["immediate answers", "Amir Haddad"]]);
  });

  it("ties a quote to the meeting its sentence refers to", () => {
    const text = article(
      "2024-03-06",
      "Envoys held talks in Madrid on Monday and will meet in Lisbon on Friday.",
      "Chief negotiator Amir Haddad described Monday’s session as “useful.”",
      "“We will bring new proposals to Lisbon,” Haddad said.",
      "Haddad also said that peace was “a long road.”",
    );
    expect(extractArticle(text).quotes.map((q) => q.meetingIndex)).toEqual([0, 1, null]);
  });

  it("gives a partial quote to the nearest subject before it in its sentence", () => {
    const text = article(
      "2024-01-01",
      intro,
      "Haddad said Vogel had been “helpful,” while Vogel described the mood as “calm.”",
    );
    expect(quotes(text)).toEqual([
      ["helpful,", "Amir Haddad"],
      ["calm.", "Lena Vogel"],
    ]);
  });
});

describe("attribution in real reporting", () => {
  it("gives a partial quotation to its sentence's subject, and to nobody when the subject is no person", () => {
    const text = article(
      "2024-01-01",
      intro,
      "Haddad described the talks as “frank and useful” after the session.",
      "The two sides then signed a “declaration of friendship” in the hall.",
    );
    expect(quotes(text)).toEqual([
      ["frank and useful", "Amir Haddad"],
      ["declaration of friendship", null],
    ]);
  });

  it("reads passive and quoted-as speakers, adverbs before the verb, and 'the <nationality> <title>'", () => {
    const text = article(
      "2024-01-01",
      "Estonian negotiator Kaarel Tamm and Latvian envoy Ilze Berzina attended.",
      "“The door is open,” reporters were told by Ilze Berzina, the envoy.",
      "“We are close,” Tamm was quoted as saying in a statement.",
      "The ministry cited Berzina as calling the result “a fair outcome”.",
      "Tamm meanwhile said that “nothing is agreed yet”.",
      "“We will return,” the Estonian negotiator said.",
    );
    expect(quotes(text)).toEqual([
      ["The door is open,", "Ilze Berzina"],
      ["We are close,", "Kaarel Tamm"],
      ["a fair outcome", "Ilze Berzina"],
      ["nothing is agreed yet", "Kaarel Tamm"],
      ["We will return,", "Kaarel Tamm"],
    ]);
  });

  it("keeps bullet points under 'X listed:' with X", () => {
    const text = article(
      "2024-01-01",
      intro,
      "Haddad listed two outcomes: → the sides will “swap prisoners” soon; → the other side “took note”.",
    );
    expect(quotes(text).map((q) => q[1])).toEqual(["Amir Haddad", "Amir Haddad"]);
  });
});

describe("subjects of participles and titled sentence openers", () => {
  it("gives a participle's quote to the clause's subject and 'he' to a titled opener of the sentence", () => {
    const text = article(
      "2024-01-01",
      "Estonian negotiator Kaarel Tamm and Latvian envoy Ilze Berzina attended.",
      "Still, Tamm was careful not to sound too hopeful, saying “nothing is settled”.",
      "Latvian envoy Ilze Berzina opened the session with an address in which she urged “calm”.",
      "In her view, the session was a “useful start”.",
    );
    expect(quotes(text)).toEqual([
      ["nothing is settled", "Kaarel Tamm"],
      ["calm", "Ilze Berzina"],
      ["useful start", "Ilze Berzina"],
    ]);
  });
});
