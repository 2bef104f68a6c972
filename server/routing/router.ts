// The engine's TextRouter: where typed text should take a person. Danger is heard first and
// wins over everything (its own detector: the catalogue's danger signs, and a model trained
// only to tell danger from the rest). Then the answers are ranked by a trained classifier and
// a full-text index together, and the router decides: straight to the answer (a clear
// winner), two or three answers offered (unsure), or "not understood" (nothing matched). The
// text is only read, never kept.
import { locales, type Locale } from '../../flows/content/index.js';
import type { Route, TextRouter } from '../engine/engine.js';
import { AnswerIndex } from './answer-index.js';
import { AnswerModel, type Labelled } from './answer-model.js';
import { routingCatalogue } from './catalogue.js';
import { DangerDetector, type Framing } from './danger.js';
import { featuresOfPrepared, type FeatureOptions } from './features.js';
import { NearestMessages } from './nearest-messages.js';
import { prepare } from './normalise.js';
import { stemEnglish } from './stem.js';
import type { RoutingCatalogue } from '../../flows/content/routing-types.js';

/** How sure the router must be. Tuned by cross-validation on the training data only. */
export interface RouterThresholds {
  /** At or above this score, and `margin` ahead of the second, go straight to the answer. */
  confident: number;
  margin: number;
  /**
   * A message with fewer words the model knows than this ("court", "recommend a lasagne
   * recipe") is never answered outright: one word names a subject, not a question, so two or
   * three answers are offered.
   */
  minWords: number;
  /** Not understood when the model gives "none" at least this share of the best answer's score. */
  noneShare: number;
  /** Below this best score nothing matched: say so. */
  minScore: number;
  /** Answers offered when unsure score at least this share of the best. */
  suggestShare: number;
  maxSuggestions: number;
  /** The danger model's score at or above which the triage opens. Low: recall comes first. */
  danger: number;
  /** The same, for a message that asks about the process or denies a sign (`asking` in the data). */
  dangerAsking: number;
  /** The same, for a message that tells of violence as history and asks about it (`pastQuestions`). */
  dangerHistory: number;
  /**
   * A message that holds any danger sign as typed is read a second time, by a model trained on
   * such messages only (see `alarmModel`): below this share for danger it is not danger now.
   */
  secondReading: number;
  /**
   * The same for a plain message (not put as the past or a question) with nothing in it that
   * says plainly it is now (`plainlyNow`): lower, since such a message is put as a call for help.
   */
  secondReadingPlain: number;
  /** How much the full-text index counts beside the model, and the index score worth half. */
  indexWeight: number;
  indexHalf: number;
  /** How much the nearest lessons' similarity (0–1, `NearestMessages`) counts beside them. */
  nearestWeight: number;
}

export const defaultThresholds: RouterThresholds = {
  confident: 0.45,
  margin: 0.02,
  minWords: 2,
  noneShare: 0.6,
  minScore: 0.12,
  suggestShare: 0.2,
  maxSuggestions: 3,
  danger: 0.35,
  dangerAsking: 0.6,
  dangerHistory: 0.9,
  secondReading: 0.1,
  secondReadingPlain: 0.02,
  indexWeight: 1.5,
  indexHalf: 20,
  nearestWeight: 3,
};

/** Stemmers per locale. Welsh uses the English one while its routing data is English. */
const stemmers: Record<Locale, (word: string) => string> = { en: stemEnglish, cy: stemEnglish };

const DANGER = 'danger';
/**
 * Training passes over the data. Each pass costs labels × messages, and training is most of
 * start-up (issue 12: under 2 s). Since the lessons are spread by label (`spreadByLabel`), the
 * count hardly moves cross-validation (3,506 messages: first reply 70.9%, 71.1%, 71.1% at 10,
 * 12, 14 passes; top 3 88.4%, 88.6%, 88.4%); 12 keep training near 1.2 s with batches 6 and 7
 * in (14 with the lessons in label blocks were needed for the conference's own title).
 */
const ANSWER_ITERATIONS = 12;
/**
 * The danger model: two outputs, so cheap, but more passes only fit its own words more
 * tightly. Spread by label, 10 passes hear every danger message it learnt from (60 were needed
 * in blocks, which still left four of batches 6 and 7 unheard). Cross-validation (3,506
 * messages, bar 0.35): danger recall 98.3% (953/969), ordinary messages to the triage 5.0%;
 * 98.5% and 6.1% at 60 passes.
 */
const DANGER_ITERATIONS = 10;
/** Passes for the second reading's model (see `alarmModel`). */
const ALARM_ITERATIONS = 40;
const NONE = 'none';

export interface AnswerRank {
  state: string;
  score: number;
  /** The model's share alone, without the index. */
  model: number;
  /** What the full-text index added: above 0 when the answer's own words are in the message. */
  index: number;
}

export interface Explained {
  danger: boolean;
  ranking: AnswerRank[];
  route: Route;
}

/** The trained parts for one set of routing data. */
interface Models {
  /** What the danger model reads: content words (stop words dropped), stemmed, and their pairs. */
  featureOptions: FeatureOptions;
  /**
   * What the answer model and the nearest lessons read: the same, with the words that say what
   * a question asks kept (`questionWords`: "who", "when", "must"): "who turns up to the
   * meeting" and "when does the meeting end" ask different things of the same meeting.
   */
  answerFeatures: FeatureOptions;
  dangerModel: AnswerModel;
  /**
   * The second reading: danger or not, learnt only from the training messages that hold a
   * danger sign as typed ("he strangled me", "he strangled me years ago, is that abuse", "my
   * son broke his arm at football"), with every word kept ("was", "ago", "will", "if"), so it
   * learns how such messages are put rather than which words alarm. Undefined when no such
   * message was learnt.
   */
  alarmModel: AnswerModel | undefined;
  /** Every word kept, for the second reading. */
  alarmFeatures: FeatureOptions;
  model: AnswerModel;
  index: AnswerIndex;
  nearest: NearestMessages;
  /**
   * Every state the ranking can hold (the model's labels and the index's answers) in one
   * order, so a message's scores are summed in an array rather than maps built per message.
   */
  slots: RankSlots;
}

interface RankSlots {
  states: string[];
  slotOf: Map<string, number>;
  /** The model's label i is slot `modelSlot[i]`. */
  modelSlot: Int32Array;
  /** The same for the nearest lessons' labels. */
  nearestSlot: Int32Array;
  /** Ties between equal scores go by catalogue order, labels that are no answer first. */
  tieOrder: Int32Array;
}

function rankSlots(catalogue: RoutingCatalogue, model: AnswerModel, nearest: NearestMessages): RankSlots {
  const states = [...new Set([...model.labels, ...nearest.labels, ...catalogue.answers.map((a) => a.state)])];
  const slotOf = new Map(states.map((s, i) => [s, i]));
  const answerOrder = new Map(catalogue.answers.map((a, i) => [a.state, i]));
  return {
    states,
    slotOf,
    modelSlot: Int32Array.from(model.labels, (l) => slotOf.get(l)!),
    nearestSlot: Int32Array.from(nearest.labels, (l) => slotOf.get(l)!),
    tieOrder: Int32Array.from(states, (s) => answerOrder.get(s) ?? -1),
  };
}

function trainModels(catalogue: RoutingCatalogue, stem: (word: string) => string, detector: DangerDetector): Models {
  const featureOptions = { slang: catalogue.slang, stopWords: new Set(catalogue.stopWords), stem };
  const asks = new Set(catalogue.questionWords);
  const answerFeatures = { ...featureOptions, stopWords: new Set(catalogue.stopWords.filter((w) => !asks.has(w))) };
  // Each answer's texts and each training message prepared once, for every model's lessons.
  const training = preparedTraining(catalogue);
  const lessons = [...preparedAnswerTexts(catalogue), ...training];
  const examples = labelledExamples(lessons, featureOptions);
  const answerExamples = labelledExamples(lessons, answerFeatures);
  const model = new AnswerModel(answerExamples, ANSWER_ITERATIONS);
  const nearest = new NearestMessages(answerExamples);
  const alarmFeatures = { ...featureOptions, stopWords: new Set<string>() };
  const alarming = alarmingExamples(training, detector, alarmFeatures);
  return {
    featureOptions,
    answerFeatures,
    model,
    alarmFeatures,
    alarmModel: alarming.length > 0 ? new AnswerModel(alarming, ALARM_ITERATIONS) : undefined,
    // Two outputs only, so cheap to train longer: recall matters most here.
    dangerModel: new AnswerModel(
      examples.map((e) => ({ ...e, label: e.label === DANGER ? DANGER : 'other' })),
      DANGER_ITERATIONS,
    ),
    index: new AnswerIndex(catalogue, stem, (text) => prepare(text, catalogue.slang)),
    nearest,
    slots: rankSlots(catalogue, model, nearest),
  };
}

/** What one locale routes with; built once at start. */
interface LocaleRouting extends Models {
  catalogue: RoutingCatalogue;
  detector: DangerDetector;
}

/** A training message (or an answer's title, term or example) through `prepare`, with its label, in the catalogue's order. */
interface PreparedMessage {
  label: string;
  prepared: string;
}

function preparedAnswerTexts(catalogue: RoutingCatalogue): PreparedMessage[] {
  return catalogue.answers.flatMap((answer) =>
    [answer.title, ...answer.terms, ...answer.examples].map((text) => ({ label: answer.state, prepared: prepare(text, catalogue.slang) })),
  );
}

function preparedTraining(catalogue: RoutingCatalogue): PreparedMessage[] {
  return Object.entries(catalogue.training).flatMap(([label, messages]) =>
    messages.map((text) => ({ label, prepared: prepare(text, catalogue.slang) })),
  );
}

/** The second reading's lessons: the training messages that hold a danger sign as typed, danger or not. */
function alarmingExamples(training: readonly PreparedMessage[], detector: DangerDetector, options: FeatureOptions): Labelled[] {
  const out: Labelled[] = [];
  for (const { label, prepared } of training) {
    if (!detector.alarmed(prepared)) continue;
    const words = featuresOfPrepared(prepared, options);
    if (words.length > 0) out.push({ label: label === DANGER ? DANGER : 'other', features: words });
  }
  return out;
}

/** The model's lessons (every answer's title, terms and examples, then every training message) as features; none empty. */
function labelledExamples(lessons: readonly PreparedMessage[], options: FeatureOptions): Labelled[] {
  return lessons.map(({ label, prepared }) => ({ label, features: featuresOfPrepared(prepared, options) })).filter((e) => e.features.length > 0);
}

export interface RouterOptions {
  thresholds?: RouterThresholds;
  /** The routing data per locale (the repository's own unless given: the evaluation trains on part of it). */
  catalogue?: (locale: Locale) => RoutingCatalogue;
}

export class Router implements TextRouter {
  private readonly byLocale = new Map<Locale, LocaleRouting>();
  private readonly thresholds: RouterThresholds;

  constructor(options: RouterOptions = {}) {
    this.thresholds = options.thresholds ?? defaultThresholds;
    const catalogueOf = options.catalogue ?? routingCatalogue;
    // Built for every locale at once, so a broken pattern stops the server at start. A locale
    // whose answers and training are still all English shares the English models rather than
    // training them again; its own danger signs are always its own.
    const trained: { catalogue: RoutingCatalogue; models: Models }[] = [];
    for (const locale of locales) {
      const catalogue = catalogueOf(locale);
      const detector = new DangerDetector(catalogue, stemmers[locale]);
      let models = trained.find((t) => sameModelData(t.catalogue, catalogue))?.models;
      if (!models) {
        models = trainModels(catalogue, stemmers[locale], detector);
        trained.push({ catalogue, models });
      }
      this.byLocale.set(locale, { ...models, catalogue, detector });
    }
  }

  route(text: string, locale: Locale): Route {
    return this.explain(text, locale).route;
  }

  /**
   * Whether `route` would open the danger triage, without ranking the answers: the guards ask
   * this of typed text over the rate limit (danger help is never rate limited), where a
   * flood's every frame would otherwise pay for the whole route.
   */
  hearsDanger(text: string, locale: Locale): boolean {
    const routing = this.routingFor(locale);
    const prepared = prepare(text, routing.catalogue.slang);
    return this.danger(routing, prepared, featuresOfPrepared(prepared, routing.featureOptions));
  }

  /** The route with what led to it, for the evaluation and for tests. */
  explain(text: string, locale: Locale): Explained {
    const routing = this.routingFor(locale);
    // Prepared once (normalised, slang expanded) for every matcher below.
    const prepared = prepare(text, routing.catalogue.slang);
    const words = featuresOfPrepared(prepared, routing.featureOptions);
    const danger = this.danger(routing, prepared, words);
    const ranking = this.rank(routing, prepared, featuresOfPrepared(prepared, routing.answerFeatures));
    // Words the model learnt from: "recommend a lasagne recipe" holds one, and one is not a question.
    const known = words.filter((w) => !w.includes('_') && routing.model.knows(w)).length;
    if (!danger) return { danger, ranking, route: this.decide(false, ranking, known) };
    // Beside the triage, only answers to the rest of the message: "knife" is in one answer's
    // examples (a past conviction), which is nothing to offer someone who has a knife at them.
    const rest = routing.detector.withoutDangerWords(prepared);
    const besides = rest === prepared ? ranking : this.rank(routing, rest, featuresOfPrepared(rest, routing.answerFeatures));
    return { danger, ranking, route: this.decide(true, besides, known) };
  }

  private routingFor(locale: Locale): LocaleRouting {
    return this.byLocale.get(locale) ?? this.byLocale.get('en')!;
  }

  /**
   * Danger now. The first reading: a sign, or the danger model at a bar that rises the further
   * the message is put from a call for help. Then a message that holds a sign as typed, with
   * nothing that says now or tells of something under way, is read a second time
   * (`alarmModel`), and is danger only if that reading agrees. A plain message is read again
   * only when something sets it apart from now and nothing says plainly it is now
   * (`plainButDistant`), and at a bar five times lower: until 29 Nov 2026 (fourth session) it
   * was never read twice, and figures of speech, children's accidents and past violence told
   * without a question ("i could strangle the social worker", "he punched me one time when he
   * lost his job and now its a whole child protection thing") made most false alarms.
   */
  private danger(routing: LocaleRouting, prepared: string, words: readonly string[]): boolean {
    const { detector, alarmModel } = routing;
    const { sign, framing } = detector.judge(prepared);
    if (!this.firstReading(routing, prepared, words, sign, framing)) return false;
    if (!alarmModel || !detector.alarmed(prepared)) return true;
    if (detector.saysNow(prepared) || detector.underWay(prepared)) return true;
    if (framing === 'plain' && !detector.plainButDistant(prepared)) return true;
    const t = this.thresholds;
    return alarmModel.shareOf(featuresOfPrepared(prepared, routing.alarmFeatures), DANGER) >= (framing === 'plain' ? t.secondReadingPlain : t.secondReading);
  }

  private firstReading(routing: LocaleRouting, prepared: string, words: readonly string[], sign: string | undefined, framing: Framing): boolean {
    if (sign !== undefined) return true;
    const plain = routing.detector.withoutFigures(prepared);
    const dangerWords = plain === prepared ? words : featuresOfPrepared(plain, routing.featureOptions);
    const dangerScore = routing.dangerModel.shareOf(dangerWords, DANGER);
    // A question about the process ("if i ring 999 will they find out") needs the model surer,
    // and history asked about ("he strangled me years ago, is that abuse") all but sure.
    const t = this.thresholds;
    const bar = framing === 'history' ? t.dangerHistory : framing === 'asking' ? t.dangerAsking : t.danger;
    return dangerWords.length > 0 && dangerScore >= bar;
  }

  /** Answers (and `none`, `danger`) ranked by the model, the index and the nearest lessons together. */
  private rank(routing: LocaleRouting, prepared: string, words: readonly string[]): AnswerRank[] {
    const t = this.thresholds;
    const { states, slotOf, modelSlot, nearestSlot, tieOrder } = routing.slots;
    const model = new Float64Array(states.length);
    const index = new Float64Array(states.length);
    const score = new Float64Array(states.length);
    const seen = new Uint8Array(states.length);
    routing.model.shares(words).forEach((share, i) => {
      if (share <= 0) return;
      const slot = modelSlot[i]!;
      model[slot] = share;
      score[slot] = share;
      seen[slot] = 1;
    });
    routing.nearest.scores(words).forEach((similarity, i) => {
      if (similarity <= 0) return;
      const slot = nearestSlot[i]!;
      score[slot] = score[slot]! + t.nearestWeight * similarity;
      seen[slot] = 1;
    });
    for (const hit of routing.index.rank(prepared)) {
      const slot = slotOf.get(hit.state)!;
      index[slot] = (t.indexWeight * hit.score) / (hit.score + t.indexHalf);
      score[slot] = score[slot]! + index[slot]!;
      seen[slot] = 1;
    }
    const ranked: number[] = [];
    for (let slot = 0; slot < states.length; slot++) if (seen[slot]) ranked.push(slot);
    return ranked
      .sort((a, b) => score[b]! - score[a]! || tieOrder[a]! - tieOrder[b]!)
      .map((slot) => ({ state: states[slot]!, score: score[slot]!, model: model[slot]!, index: index[slot]! }));
  }

  /** `knownWords`: how many of the message's words the model saw in training. */
  private decide(danger: boolean, ranking: AnswerRank[], knownWords: number): Route {
    const t = this.thresholds;
    const answers = ranking.filter((r) => r.state !== NONE && r.state !== DANGER);
    const [best, second] = answers;
    if (danger) {
      // The triage comes first; answers that also matched well are offered beside it. Only
      // answers whose own words are in the message (the index found them): an answer the model
      // leans to whatever is typed would sit beside every "he's got a knife".
      const also = answers.filter((r) => r.score >= t.confident / 2 && r.index > 0).slice(0, 2).map((r) => r.state);
      return { kind: 'danger', also };
    }
    // The index knows only answers, so "nothing the guide covers" is the model's alone: it wins
    // when the model finds it likelier than any answer ("recommend a lasagne recipe"), or when
    // it weighs enough against the best answer's whole score. Weighed against the model's share
    // alone, a word the index matches well ("meeting") got "not understood" (cross-validation:
    // top 3 +0.6 points; two more of 25 out-of-scope messages get "Did you mean").
    const none = ranking.find((r) => r.state === NONE)?.model ?? 0;
    const likeliest = answers.reduce((most, r) => Math.max(most, r.model), 0);
    if (!best || knownWords === 0 || best.score < t.minScore || none >= likeliest || none >= t.noneShare * best.score) return { kind: 'none' };
    const clear = best.score >= t.confident && best.score - (second?.score ?? 0) >= t.margin;
    if (clear && knownWords >= t.minWords) {
      return { kind: 'answer', state: best.state };
    }
    const offers = answers
      .filter((r) => r.score >= t.suggestShare * best.score)
      .slice(0, t.maxSuggestions)
      .map((r) => r.state);
    return { kind: 'suggest', offers };
  }
}

function sameModelData(a: RoutingCatalogue, b: RoutingCatalogue): boolean {
  return (
    a.answers === b.answers &&
    a.training === b.training &&
    sameWords(a.stopWords, b.stopWords) &&
    sameWords(a.questionWords, b.questionWords) &&
    JSON.stringify(a.slang) === JSON.stringify(b.slang)
  );
}

/** The same words, whatever their order or repeats. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());
}

let shared: Router | undefined;

/**
 * The router over the repository's own data, trained once per process and shared: it never
 * changes after training and keeps nothing per conversation, so every server in a process
 * (and every test server) can use the same one instead of training its own.
 */
export function sharedRouter(): Router {
  shared ??= new Router();
  return shared;
}
