/** The part of citation-js the export tests use: parse RIS or CSL-JSON into CSL items. The package ships no types. */
declare module '@citation-js/core' {
  interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }
  interface CslDate {
    'date-parts'?: number[][];
  }
  export interface CslData {
    type?: string;
    title?: string;
    URL?: string;
    publisher?: string;
    language?: string;
    note?: string;
    author?: CslName[];
    issued?: CslDate;
    accessed?: CslDate;
  }
  export class Cite {
    constructor(data: unknown);
    data: CslData[];
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
