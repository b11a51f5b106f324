/** The extractor's version, stored with every article. A module of its own so reading it loads no extractor. */
export const EXTRACTOR_VERSION = "2.0.0";
