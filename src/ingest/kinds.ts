/** English names of every ISO 3166 country, from the runtime's ICU data rather than a hand list. */
function countryNames(): Set<string> {
  const names = new Set<string>();
  const display = new Intl.DisplayNames("en", { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code) names.add(name.toLowerCase());
    }
  }
  return names;
}

let countries: Set<string> | undefined;

/** A party named like a country is a state; anything else (alliances, movements, armed groups) an organisation. */
export function participantKind(name: string): "state" | "organization" {
  countries ??= countryNames();
  return countries.has(name.toLowerCase()) ? "state" : "organization";
}
