// The filter form: reads and writes the filters, and keeps the organisation list and download link in step.
import { byId, h, replaceChildren } from "./dom.js";
import { type Filters, filterNames, filtersFromSearch, filtersToSearch } from "./url-state.js";

export const form = byId<HTMLFormElement>("filters");
const organizationSelect = byId<HTMLSelectElement>("f-organization");
const csvLink = byId<HTMLAnchorElement>("link-csv");
const knownOrganizations = new Set<string>();

export function control(name: keyof Filters): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

export function writeForm(filters: Filters): void {
  if (filters.organization) addOrganizations([filters.organization]);
  for (const name of filterNames) control(name).value = filters[name];
  // The API matches organisations ignoring case: so does the list, e.g. for a shared link with `osce`.
  const wanted = filters.organization.toLocaleLowerCase();
  const option = Array.from(organizationSelect.options).find(
    (item) => item.value.toLocaleLowerCase() === wanted,
  );
  if (option) organizationSelect.value = option.value;
}

export function readForm(): Filters {
  const raw = new URLSearchParams();
  for (const name of filterNames) raw.set(name, control(name).value);
  return filtersFromSearch(raw.toString());
}

export function addOrganizations(names: Iterable<string>): void {
  let added = false;
  for (const name of names) {
    const key = name.toLocaleLowerCase();
    if (!name || [...knownOrganizations].some((known) => known.toLocaleLowerCase() === key)) continue;
    knownOrganizations.add(name);
    added = true;
  }
  if (!added) return;
  const selected = organizationSelect.value;
  const sorted = [...knownOrganizations].sort((a, b) => a.localeCompare(b));
  replaceChildren(
    organizationSelect,
    h("option", { value: "" }, "Any organisation"),
    sorted.map((name) => h("option", { value: name }, name)),
  );
  organizationSelect.value = selected;
}

export function updateDownloadLinks(filters: Filters): void {
  const search = filtersToSearch(filters);
  csvLink.href = `/meetings?format=csv${search ? `&${search}` : ""}`;
}
