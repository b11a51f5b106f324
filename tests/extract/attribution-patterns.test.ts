// Quote attribution patterns seen in several development reports (tests/fixtures/real/dev-*), each written as a short
// invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

const speakers = (text: string) => extractArticle(text).quotes.map((q) => [q.text, q.speaker]);

describe("quote attribution", () => {
  it("gives '\"…\" was how X put it' to X, the one who put it so, not to the last person named", () => {
    const text = article(
      "2018-03-01",
      "Vice President Jusuf Rahman and former prime minister Yasuo Tanaka sat down to dinner on Thursday.",
      '"I invited him for dinner," was how Rahman put it.',
    );
    expect(speakers(text).map(([, s]) => s)).toEqual(["Jusuf Rahman"]);
  });

  it("gives a later 'he said' to the one who spoke ('Foreign Secretary A, told reporters that B had phoned', 'divulged by C, who said that …'), not to the subject of what he reported", () => {
    const text = article(
      "2015-12-25",
      "The foreign secretary, Foreign Secretary Aziz Karim, told reporters that Prime Minister Vikram Rao had phoned the premier earlier in the day.",
      '"He said he would stop on his way home," he said.',
      "The details of the tour were divulged by Foreign Secretary Subash Menon, who said that a lunch would be hosted by President Omar Farid.",
      '"After the inauguration, he will leave for Doha," he said.',
    );
    expect(speakers(text).map(([, s]) => s)).toEqual(["Aziz Karim", "Subash Menon"]);
  });

  it("gives a later 'he told reporters' to the source named by 'According to' behind a long title, not to the person the source spoke of", () => {
    const text = article(
      "2021-02-03",
      "Prime Minister Muhyiddin Rahman will make a two-day official visit to Indonesia, beginning tomorrow.",
      "According to Malaysian Ambassador to Indonesia Datuk Amir Hamzah Salleh, it would be the first visit to Indonesia by Muhyiddin since he was appointed.",
      "\u201cThere are several things that require the highest level discussions,\u201d he told reporters.",
    );
    expect(speakers(text)).toEqual([
      ["There are several things that require the highest level discussions,", "Amir Hamzah Salleh"],
    ]);
  });

  it("gives 'the official said' to the unnamed official the report brought in, not to a minister named before", () => {
    const text = article(
      "2025-08-19",
      "Foreign Minister Omar Haddad met Israeli officials in Paris on Tuesday.",
      "The talks were confirmed by a senior administration official who was not authorized to speak publicly.",
      "“We support any effort that brings stability,” the official told reporters, adding that President Dan Miller backed the talks.",
      "“We want to help achieve that,” the official added.",
    );
    expect(speakers(text)).toEqual([
      ["We support any effort that brings stability,", null],
      ["We want to help achieve that,", null],
    ]);
  });

  it("still gives 'the official said' to the official the report named", () => {
    const text = article(
      "2025-08-19",
      "An official of the ministry spoke at noon. Later, Omar Haddad, a senior official at the ministry, met the envoys in Paris on Tuesday.",
      "“We support any effort that brings stability,” the official told reporters.",
    );
    expect(speakers(text)).toEqual([["We support any effort that brings stability,", "Omar Haddad"]]);
  });

  it("reads 'he added' after a person named earlier in the same sentence when none came before it", () => {
    const text = article(
      "2025-04-12",
      "Talks will resume next week, Foreign Minister Hamid Rostami told state media, and he added that the meeting “got very close” to a framework.",
    );
    expect(speakers(text)).toEqual([["got very close", "Hamid Rostami"]]);
  });

  it("resolves 'the UN envoy said' to the envoy the article named", () => {
    const text = article(
      "2016-04-18",
      "The talks were delayed, UN envoy Martin Kessler said on Monday, after one delegation failed to arrive.",
      "“The next few hours are crucial,” the UN envoy said.",
    );
    expect(speakers(text)).toEqual([["The next few hours are crucial,", "Martin Kessler"]]);
  });

  it("gives a partial quotation to the subject of an irregular past verb ('forecast')", () => {
    const text = article(
      "2022-01-10",
      "After a working dinner on Sunday, Deputy Foreign Minister Pavel Orlov forecast “difficult” talks in Geneva.",
    );
    expect(speakers(text)).toEqual([["difficult", "Pavel Orlov"]]);
  });

  it("does not take a person inside another's appositive for the subject ('X, with Y between them, said')", () => {
    const text = article(
      "2015-09-23",
      "President Marco Silva, with Cuban President Raúl Castro between them, said that the teams would reach an agreement.",
      "“We must break any link between politics and weapons,” he told the journalists.",
    );
    expect(speakers(text)).toEqual([["We must break any link between politics and weapons,", "Marco Silva"]]);
  });

  it("gives a quote after 'According to her,' to the woman last speaking", () => {
    const text = article(
      "2015-11-16",
      "High Representative Federica Mogherini said the ministers had met in Brussels.",
      "According to her, the community “has to stay united in tackling the threats”.",
    );
    expect(speakers(text)).toEqual([["has to stay united in tackling the threats", "Federica Mogherini"]]);
  });

  it("gives partial quotes after 'In the view of X,' to X", () => {
    const text = article(
      "2020-08-24",
      "In the view of President Aleksandar Vučić, if “something is achieved”, the visit will go ahead.",
    );
    expect(speakers(text)).toEqual([["something is achieved", "Aleksandar Vučić"]]);
  });

  it("reads a closing mark typed for an opening one ('” I must say …”') as opening its quotation", () => {
    const text = article(
      "2022-10-31",
      "“Today we agreed on a joint statement,” he said. ”I must say frankly that not everything was agreed.”",
    );
    expect(extractArticle(text).quotes.map((q) => q.text)).toEqual([
      "Today we agreed on a joint statement,",
      "I must say frankly that not everything was agreed.",
    ]);
  });

  it("reads 'according to X' at the end of a sentence whose quote is followed by more words", () => {
    const text = article(
      "2019-10-30",
      "UN envoy Geir Pedersen met the delegations in Geneva on Monday.",
      'Sitting face-to-face is a "powerful sign of hope" for Syrians, according to Pedersen.',
    );
    expect(speakers(text)).toEqual([["powerful sign of hope", "Geir Pedersen"]]);
  });

  it("looks past 'nonetheless' and a relative clause to the subject ('X, who arrived …, nonetheless said')", () => {
    const text = article(
      "2015-06-30",
      'Foreign Minister Sergei Lavrov, who arrived in Vienna earlier today, nonetheless said a deal is "within reach" now.',
    );
    expect(speakers(text)).toEqual([["within reach", "Sergei Lavrov"]]);
  });

  it("reads ', X said.' at the end of a sentence whose quote is followed by more words", () => {
    const text = article(
      "2022-07-22",
      "Secretary-General Antonio Guterres flew to Istanbul.",
      "The fact that Guterres was travelling to Istanbul means “we’re moving ahead” on the deal, UN deputy spokesman Farhan Haq said.",
    );
    expect(speakers(text)).toEqual([["we’re moving ahead", "Farhan Haq"]]);
  });

  it("gives a quotation in its own clause ('…, and the Chinese leader is “heartened”') to that clause's subject", () => {
    const text = article(
      "2023-11-06",
      "In Beijing, Prime Minister Anthony Albanese has met with Xi Jinping, and the Chinese leader is “heartened” by the progress.",
    );
    expect(speakers(text)).toEqual([["heartened", "Xi Jinping"]]);
  });
  it("gives a quotation followed by 'according to the statement' to no person (not a participle)", () => {
    const text = article(
      "2019-01-24",
      "Foreign Minister Omar Haddad met envoys of the European Union in Khartoum on Thursday.",
      "“The international community fully supports the talks in Khartoum,” according to the statement.",
    );
    expect(speakers(text)).toEqual([
      ["The international community fully supports the talks in Khartoum,", null],
    ]);
  });
  it("matches a surname written without its accents to the person named with them", () => {
    const text = article(
      "2023-03-02",
      "EU envoy Miroslav Lajčák met the two negotiators in Brussels on Thursday.",
      "“I had an excellent meeting with both sides,” Lajcak said.",
    );
    expect(speakers(text)).toEqual([["I had an excellent meeting with both sides,", "Miroslav Lajčák"]]);
  });
  it("matches a given name after an honorific ('said Sheikh Abdullah') to the person named in full", () => {
    const text = article(
      "2020-09-15",
      "The accords were signed by Foreign Minister Abdullah bin Zayed and Prime Minister Benjamin Netanyahu on Tuesday.",
      "“I stand here today to extend a hand of peace,” said Sheikh Abdullah.",
    );
    expect(speakers(text)).toEqual([["I stand here today to extend a hand of peace,", "Abdullah bin Zayed"]]);
  });
  it("resolves 'he said' after 'the Kuwaiti emir urged' to the emir so titled, not the last person named", () => {
    const text = article(
      "2017-12-05",
      "Only two heads of state — Kuwaiti Emir Sabah al-Ahmad al-Sabah and Qatari Emir Tamim bin Hamad Al Thani — took part in the summit in Kuwait City on Tuesday.",
      "Opening the summit's first session, the Kuwaiti emir urged the members to form a committee.",
      "“Over the past six months, we have suffered painful events,” he said.",
    );
    expect(speakers(text)).toEqual([
      ["Over the past six months, we have suffered painful events,", "Sabah al-Ahmad al-Sabah"],
    ]);
  });
  it("gives a quotation to the owner of 'in X's words', before or after it", () => {
    const text = article(
      "2023-05-25",
      "Prime Minister Nikol Pashinyan met President Ilham Aliyev in Moscow on Thursday.",
      "Even without results, “it is necessary to continue negotiations,” in Pashinyan's words.",
      "In Aliyev's words, the sides must “find solutions” soon.",
    );
    expect(speakers(text)).toEqual([
      ["it is necessary to continue negotiations,", "Nikol Pashinyan"],
      ["find solutions", "Ilham Aliyev"],
    ]);
  });
  it("reads a nickname after 'alias' as a name, nobody's words", () => {
    const text = article(
      "2017-05-11",
      "The Cuban leader held a meeting with the head of the ELN Nicolas Rodriguez, alias “Gabino,” in Havana on Thursday.",
    );
    expect(speakers(text)).toEqual([["Gabino,", null]]);
  });
  it("reads past an initial's full stop in the clause after a quotation ('the top U. N. envoy, X, said')", () => {
    const text = article(
      "2020-10-24",
      "“I am honored to be among you today,” the top U. N. envoy for Libya, Stephanie Williams, said.",
    );
    expect(speakers(text)).toEqual([["I am honored to be among you today,", "Stephanie Williams"]]);
  });
  it("carries the last speaker past a person who is only the object of a preposition ('talks with Minister X centred on')", () => {
    const text = article(
      "2021-02-03",
      "“We have identified areas for co-operation,” Foreign Minister Ann Linde said in Moscow on Tuesday.",
      "Much of her talks with Minister Sergey Lavrov centred on the conflicts in the region. “We agreed on the need for continued engagement.”",
    );
    expect(speakers(text).map((s) => s[1])).toEqual(["Ann Linde", "Ann Linde"]);
  });

  it("gives 'he said' after a reported clause to the sentence's speaker, not to a subject inside what he reported", () => {
    const text = article(
      "2016-05-17",
      "The conference will be postponed, French President Francois Hollande said on Tuesday.",
      "Hollande told the radio that Foreign Minister Jean-Marc Ayrault had proposed May 30 for the talks, but that Secretary of State John Kerry is not available on that date.",
      "“Kerry cannot come on May 30. It's postponed,” he said.",
    );
    expect(speakers(text)).toEqual([["Kerry cannot come on May 30. It's postponed,", "Francois Hollande"]]);
  });

  it("takes the source named by 'according to X:' as the person a following 'he said' refers to", () => {
    const text = article(
      "2018-05-18",
      "Chancellor Angela Merkel met President Vladimir Putin in Sochi on Friday.",
      "Gas may still flow to Ukraine, according to Putin: “Supplies will continue if they are viable,” he said.",
    );
    expect(speakers(text)).toEqual([["Supplies will continue if they are viable,", "Vladimir Putin"]]);
  });
});
