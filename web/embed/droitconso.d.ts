// TypeScript declarations of droitconso.mjs: DroitConso's engine as an ES module. Every question
// takes a plain object and answers a plain object; the JSON API of the README documents each field.
// Questions not declared here yet (newer engines) go through the generic overload.

export type Lang = 'fr' | 'en';
export type Territory = 'metropole' | 'alsace-moselle' | 'guadeloupe' | 'martinique' | 'guyane' |
  'la-reunion' | 'mayotte' | 'saint-barthelemy' | 'saint-martin';
/** A date written YYYY-MM-DD, years 1583 to 9998. */
export type IsoDate = string;

/** Fields every request may carry. */
export interface Common {
  /** Language of every text of the result (default "fr"). */
  lang?: Lang;
  /** Echoed back as is, to match results to requests. */
  id?: string | number;
}

/** One step of an explanation: a sentence, the article it applies, its official link. */
export interface Step { text: string; article: string; url: string; }
/** A date that may depend on an uncertain holiday: `safe` is the answer, `latest` how far it may run. */
export interface SafeLatest { safe: IsoDate; latest: IsoDate; }
export interface FieldMessage { field: string; message: string; }

export interface Failure { ok: false; errors: FieldMessage[]; id?: string | number; }
interface Success<Q extends string> { ok: true; question: Q; warnings?: FieldMessage[]; id?: string | number; }

export interface AboutRequest extends Common { question: 'about'; }
export interface AboutResult extends Success<'about'> {
  version: string;
  /** The day the rules were last checked against the law. */
  lawCheckedOn: IsoDate;
  questions: string[];
  territories: Territory[];
}

export interface PeriodRequest extends Common { question: 'period'; event: IsoDate; territory: Territory; }
export interface PeriodResult extends Success<'period'> { end: SafeLatest; steps: Step[]; }

export interface HolidaysRequest extends Common { question: 'holidays'; territory: Territory; year: number; }
export interface Holiday { date: IsoDate; name: string; certain: boolean; condition?: string; article: string; url: string; }
export interface HolidaysResult extends Success<'holidays'> { territory: Territory; year: number; holidays: Holiday[]; }

export interface WithdrawalRequest extends Common {
  question: 'withdrawal';
  contract: 'goods';
  /** The day the consumer (or a third party he designated, not the carrier) received the goods. */
  received: IsoDate;
  territory: Territory;
  today: IsoDate;
}
export interface WithdrawalResult extends Success<'withdrawal'> {
  deadline: SafeLatest;
  status: 'open' | 'uncertain' | 'closed';
  /** Days from today to the safe date (0 on the last day, and once past it). */
  daysLeft: number;
  steps: Step[];
}

/** The questions declared above; any other name goes through the generic overload, untyped. */
export type KnownQuestion = 'about' | 'period' | 'holidays' | 'withdrawal';
export interface OtherRequest extends Common { question: string; [field: string]: unknown; }
export type OtherResult = (Success<string> & { [field: string]: unknown }) | Failure;

export interface Engine {
  ask(request: AboutRequest): AboutResult | Failure;
  ask(request: PeriodRequest): PeriodResult | Failure;
  ask(request: HolidaysRequest): HolidaysResult | Failure;
  ask(request: WithdrawalRequest): WithdrawalResult | Failure;
  ask<Q extends string>(request: OtherRequest & { question: Q extends KnownQuestion ? never : Q }): OtherResult;
  /** The same, as JSON text in and out (one request per call). */
  answer(json: string): string;
}

/** Loads the engine once (the WebAssembly is inside the module: no file to fetch). */
export function load(): Promise<Engine>;

/** The raw Emscripten factory, for those who need it: its `answer` takes and returns JSON text. */
export default function createDroitConso(options?: object): Promise<{ answer(json: string): string }>;
