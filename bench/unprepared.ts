import type Database from "better-sqlite3";

/**
 * A connection whose statements are prepared again on every call, as a query builder without `.prepare()` would
 * do: the baseline the statement cache is measured against.
 */
export function unprepared(sqlite: Database.Database): Database.Database {
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") return (text: string) => lazyStatement(target, text);
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function lazyStatement(sqlite: Database.Database, text: string) {
  const flags = { pluck: false, raw: false, expand: false };
  const fresh = () => {
    const statement = sqlite.prepare(text);
    if (flags.pluck) statement.pluck();
    if (flags.raw) statement.raw();
    if (flags.expand) statement.expand();
    return statement;
  };
  const probe = sqlite.prepare(text);
  const self = {
    source: text,
    reader: probe.reader,
    readonly: probe.readonly,
    all: (...params: unknown[]) => fresh().all(...params),
    get: (...params: unknown[]) => fresh().get(...params),
    run: (...params: unknown[]) => fresh().run(...params),
    iterate: (...params: unknown[]) => fresh().iterate(...params),
    columns: () => fresh().columns(),
    pluck(on = true) {
      flags.pluck = on;
      return self;
    },
    raw(on = true) {
      flags.raw = on;
      return self;
    },
    expand(on = true) {
      flags.expand = on;
      return self;
    },
    safeIntegers() {
      return self;
    },
  };
  return self;
}
