// The engine: pure functions from a conversation and a person's action to the next
// conversation, and from a conversation to the `step` frame that shows it. It knows nothing
// of sockets or storage, and nothing of any particular flow: everything it shows comes from
// the flows' machines and the content catalogue.
import { initialTransition, transition, type AnyStateMachine, type AnyStateNode, type StateValue } from 'xstate';
import type { Flow, MessageSpec, StepMeta } from '../../flows/define.js';
import { fallbackFor, getContact, isOpen, type Contact } from '../../flows/contacts.js';
import { sourceTitle } from '../../flows/sources.js';
import { hasText, text, type Locale } from '../../flows/content/index.js';
import type { ChoiceOut, ContactOut, ErrorCode, MessageOut, StepFrame } from '../protocol.js';
import { checkFlows } from './check.js';
import { offerLabelKey, SAY_ALL_TOPICS, SAY_NONE, SAY_SUGGEST } from './text-keys.js';
import { HISTORY_LIMIT, type Conversation, type PersistedState, type Place } from './conversation.js';
import { PlaceMemo } from './places.js';

/** Choices the engine adds to every flow's own. */
export const DANGER_CHOICE = 'danger';
export const MENU_CHOICE = 'menu';

export type Result = { ok: true; conversation: Conversation } | { ok: false; code: ErrorCode; message: string };

/**
 * Where typed text should take a person (server/routing/ supplies the real router): the danger
 * triage (with answers that also matched, offered beside it), straight to the state that
 * answers, a choice of two or three likely answers ("Did you mean…"), or nowhere. Answers are
 * `flow.state` ("conference.safety"); a bare flow id stands for the start of that topic.
 */
export type Route =
  | { kind: 'danger'; also?: readonly string[] }
  | { kind: 'answer'; state: string }
  | { kind: 'suggest'; offers: readonly string[] }
  | { kind: 'none' };
export interface TextRouter {
  route(text: string, locale: Locale): Route;
}
const noRouter: TextRouter = { route: () => ({ kind: 'none' }) };

/** Offered topics are choices with this prefix: `topic:conference`. */
export const OFFER_PREFIX = 'topic:';
/** Offered answers are choices with this prefix: `answer:conference.safety`. */
export const ANSWER_PREFIX = 'answer:';


export interface EngineOptions {
  flows: readonly Flow[];
  menuFlow: string;
  dangerFlow: string;
  router?: TextRouter;
  now?: () => Date;
}

interface CompiledFlow {
  machine: AnyStateMachine;
  /** Number of walkthrough steps (states with `meta.step`), for "step N of M". */
  steps: number;
}

interface Shape {
  node: string;
  say: MessageSpec[];
  choices: ChoiceOut[];
  final: boolean;
  progress?: { step: number; of: number };
}

export interface SayOutcome {
  conversation: Conversation;
  /** Messages to show before the step, for this answer only. */
  notices: MessageSpec[];
  /**
   * A short "Did you mean…": show only the notices, the offers, "See all topics" and the
   * danger choice, not the screen's own words and choices again.
   */
  brief?: true;
}

export class Engine {
  private readonly flows = new Map<string, CompiledFlow>();
  private readonly router: TextRouter;
  private readonly now: () => Date;
  private readonly places = new PlaceMemo();
  private readonly shapes = new WeakMap<Place, Partial<Record<Locale, Shape>>>();
  private readonly rendered = new WeakMap<Shape, { minute: number; messages: MessageOut[] }>();
  private readonly choices = new WeakMap<Place, readonly string[]>();
  /** Places already found to fit the flows (see fits). */
  private readonly fittingPlaces = new WeakSet<Place>();

  constructor(private readonly options: EngineOptions) {
    for (const flow of options.flows) {
      if (this.flows.has(flow.id)) throw new Error(`two flows share the id "${flow.id}"`);
      const steps = allStateNodes(flow.machine.root).filter((n) => metaOf(n)?.step !== undefined).length;
      this.flows.set(flow.id, { machine: flow.machine, steps });
    }
    for (const id of [options.menuFlow, options.dangerFlow]) {
      if (!this.flows.has(id)) throw new Error(`flow "${id}" is required but not registered`);
    }
    const missingWords = [SAY_SUGGEST, SAY_ALL_TOPICS, ...SAY_NONE, offerLabelKey(options.menuFlow)].filter((k) => !hasText(k));
    if (missingWords.length > 0) throw new Error(`the catalogue lacks routing words: ${missingWords.join(', ')}`);
    const problems = checkFlows(options.flows);
    if (problems.length > 0) throw new Error(`the flows have problems:\n- ${problems.join('\n- ')}`);
    this.router = options.router ?? noRouter;
    this.now = options.now ?? (() => new Date());
  }

  flowIds(): string[] {
    return [...this.flows.keys()];
  }

  /**
   * Whether a stored conversation still fits these flows. One saved before a deploy that
   * renamed or removed a state (Redis outlives a release) would otherwise fail on every
   * frame; the server treats it as expired and starts afresh instead.
   */
  fits(conversation: Conversation): boolean {
    return (
      this.placeFits(conversation.at) &&
      conversation.history.every((place) => this.placeFits(place)) &&
      (conversation.offers ?? []).every((target) => this.targetPlace(target) !== undefined)
    );
  }

  private placeFits(place: Place): boolean {
    // Places the engine made itself are shared (PlaceMemo): check each object once.
    if (this.fittingPlaces.has(place)) return true;
    const flow = this.flows.get(place.flow);
    if (!flow) return false;
    try {
      activeLeaves(flow.machine, place.state.value);
    } catch {
      return false;
    }
    this.fittingPlaces.add(place);
    return true;
  }

  start(locale: Locale, flow: string = this.options.menuFlow): Result {
    if (!this.flows.has(flow)) return fail('unknown_flow', `There is no flow called "${flow}".`);
    return ok({ locale, at: this.enter(flow), history: [] });
  }

  choose(conversation: Conversation, choice: string): Result {
    const offers = conversation.offers ?? [];
    const target = offerTarget(choice);
    if (target !== undefined) {
      if (!offers.includes(target) || this.targetPlace(target) === undefined) {
        return fail('unknown_choice', 'That is not one of the choices on screen.');
      }
      return ok(this.goToTarget(conversation, target));
    }
    // "See all topics" stands under every "Did you mean…", wherever the person typed.
    if (choice === MENU_CHOICE && offers.length > 0) return ok(this.moveTo(conversation, this.enter(this.options.menuFlow)));
    const offered = this.choiceIds(conversation.at);
    if (!offered.includes(choice)) {
      return fail('unknown_choice', 'That is not one of the choices on screen.');
    }
    if (choice === DANGER_CHOICE) return ok(this.moveTo(conversation, this.enter(this.options.dangerFlow)));
    if (choice === MENU_CHOICE) return ok(this.moveTo(conversation, this.enter(this.options.menuFlow)));

    const from = conversation.at;
    const at = this.places.get(`${from.flow}\n${JSON.stringify(from.state)}\n${choice}`, () => {
      const { machine } = this.flow(from.flow);
      const [next] = transition(machine, this.restore(from), { type: choice });
      const goto = leafMetas(machine, next.value)[0]?.goto;
      return goto ? this.enter(goto) : { flow: from.flow, state: persist(machine, next) };
    });
    return ok(this.moveTo(conversation, at));
  }

  back(conversation: Conversation): Result {
    const previous = conversation.history.at(-1);
    if (!previous) return fail('cannot_go_back', 'There is nothing to go back to.');
    return ok({ ...withoutOffers(conversation), at: previous, history: conversation.history.slice(0, -1) });
  }

  restart(conversation: Conversation): Conversation {
    return { locale: conversation.locale, at: this.enter(this.options.menuFlow), history: [] };
  }

  /**
   * Typed text: danger first, from any flow; then straight to the state that clearly answers
   * it; else two or three likely answers offered in a short "Did you mean…"; else an honest
   * "I did not understand" with 999, the helpline and the menu. The text itself is never kept:
   * only where it led.
   */
  say(conversation: Conversation, typed: string): SayOutcome {
    const route = this.router.route(typed, conversation.locale);
    const { menuFlow, dangerFlow } = this.options;
    // Offers the engine can reach, once each, never the triage's or the menu's own start.
    const reachable = (targets: readonly string[] = []) =>
      [...new Set(targets)].filter((t) => t !== dangerFlow && t !== menuFlow && this.targetPlace(t) !== undefined);

    if (route.kind === 'danger') {
      const triage = this.enter(dangerFlow);
      const here = sameState(conversation.at, triage) ? withoutOffers(conversation) : this.moveTo(conversation, triage);
      return { conversation: withOffers(here, reachable(route.also)), notices: [] };
    }
    if (route.kind === 'answer' && this.targetPlace(route.state) !== undefined) {
      return { conversation: this.goToTarget(conversation, route.state), notices: [] };
    }
    if (route.kind === 'suggest') {
      const offers = reachable(route.offers);
      // Unsure text may still come from someone in danger, as with text not understood at all.
      const notices = [{ text: SAY_SUGGEST }, { text: SAY_NONE[1], contact: 'police' as const }];
      if (offers.length > 0) return { conversation: withOffers(conversation, offers), notices, brief: true };
    }
    // The way back to the menu, unless the person is there or the screen already offers it.
    const menuShown = sameState(conversation.at, this.enter(menuFlow)) || this.choiceIds(conversation.at).includes(MENU_CHOICE);
    return {
      conversation: withOffers(conversation, menuShown ? [] : [menuFlow]),
      // Text the guide cannot place may still come from someone in danger: 999 first, always.
      notices: [{ text: SAY_NONE[0] }, { text: SAY_NONE[1], contact: 'police' }, { text: SAY_NONE[2], contact: 'nationalHelpline' }],
    };
  }

  /**
   * To an offered or routed target: a topic's start, or an answer inside a topic. Back from an
   * answer reached this way leads to its topic's start, then to where the person typed.
   */
  private goToTarget(conversation: Conversation, target: string): Conversation {
    const place = this.targetPlace(target)!;
    const start = this.enter(place.flow);
    if (place === start || sameState(place, start)) return this.moveTo(conversation, start);
    return this.moveTo(this.moveTo(conversation, start), place);
  }

  /**
   * The place a target names: `conference` (the topic's start) or `conference.safety` (a leaf
   * state of that flow, nested ones as `flow.parent.child`). Undefined when there is none.
   */
  private targetPlace(target: string): Place | undefined {
    const dot = target.indexOf('.');
    const flowId = dot === -1 ? target : target.slice(0, dot);
    if (!this.flows.has(flowId)) return undefined;
    if (dot === -1) return this.enter(flowId);
    const path = target.slice(dot + 1).split('.');
    const { machine } = this.flow(flowId);
    let node = machine.root;
    for (const key of path) {
      const child = Object.hasOwn(node.states, key) ? node.states[key] : undefined;
      if (!child) return undefined;
      node = child;
    }
    if (node.type !== 'atomic' && node.type !== 'final') return undefined;
    if (metaOf(node)?.goto) return undefined;
    return this.places.get(`${flowId}\n#${path.join('.')}`, () => {
      const value = path.slice(0, -1).reduceRight<StateValue>((inner, key) => ({ [key]: inner }), path.at(-1)!);
      return { flow: flowId, state: persist(machine, machine.resolveState({ value, context: {} })) };
    });
  }

  /** `brief`: a short "Did you mean…" (see SayOutcome), not the screen's own words again. */
  render(conversation: Conversation, token: string, notices: readonly MessageSpec[] = [], brief = false): StepFrame {
    const { locale, at } = conversation;
    const shape = this.shape(at, locale);
    const now = this.now();
    const offers = this.offerChoices(conversation);
    const short = brief && offers.length > 0;
    const messages: MessageOut[] = [
      ...notices.flatMap((spec) => renderMessage(locale, spec, now)),
      ...(short ? [] : this.sayAt(shape, locale, now)),
    ];
    // Topics offered for typed text lead, except on the triage, whose own choices come first.
    const choices = short
      ? [
          ...offers,
          { id: MENU_CHOICE, label: text(locale, SAY_ALL_TOPICS), global: true as const },
          ...shape.choices.filter((c) => c.id === DANGER_CHOICE),
        ]
      : offers.length === 0
        ? shape.choices
        : at.flow === this.options.dangerFlow
          ? [...shape.choices, ...offers]
          : [...offers, ...shape.choices];
    return {
      type: 'step',
      token,
      flow: at.flow,
      node: shape.node,
      messages,
      choices,
      canGoBack: conversation.history.length > 0,
      final: shape.final,
      ...(shape.progress ? { progress: shape.progress } : {}),
    };
  }

  /**
   * A shape's messages as of `now`. Only whether a contact is open changes with time, and only
   * from one minute to the next, so they are worked out once a minute per shape.
   */
  private sayAt(shape: Shape, locale: Locale, now: Date): MessageOut[] {
    const minute = Math.floor(now.getTime() / 60_000);
    const known = this.rendered.get(shape);
    if (known?.minute === minute) return known.messages;
    const messages = shape.say.flatMap((spec) => renderMessage(locale, spec, now));
    this.rendered.set(shape, { minute, messages });
    return messages;
  }

  /** What a place shows that does not change with time: worked out once per shared place. */
  private shape(at: Place, locale: Locale): Shape {
    const known = this.shapes.get(at)?.[locale];
    if (known) return known;
    const { machine, steps } = this.flow(at.flow);
    const leaves = activeLeaves(machine, at.state.value);
    const metas = leaves.map(metaOf).filter((m): m is StepMeta => m !== undefined);
    const step = metas.find((m) => m.step !== undefined)?.step;
    const shape: Shape = Object.freeze({
      node: leaves.map((n) => n.path.join('.')).join(','),
      say: metas.flatMap((m) => m.say),
      choices: this.choiceIds(at).map((id) => Object.freeze({
        id,
        label: choiceLabel(locale, at.flow, id),
        ...(id === DANGER_CHOICE || id === MENU_CHOICE ? { global: true } : {}),
      })),
      final: leaves.every((n) => n.type === 'final'),
      ...(step !== undefined ? { progress: Object.freeze({ step, of: steps }) } : {}),
    });
    this.shapes.set(at, { ...this.shapes.get(at), [locale]: shape });
    return shape;
  }

  /** The ids a person may choose here: the state's own events, then the engine's. */
  choiceIds(at: Place): readonly string[] {
    // Asked on every choice; places are shared objects (PlaceMemo), so worked out once each.
    const known = this.choices.get(at);
    if (known) return known;
    const { machine } = this.flow(at.flow);
    const leaves = activeLeaves(machine, at.state.value);
    const own = [...new Set(leaves.flatMap((n) => Object.keys(n.config.on ?? {})))];
    const isFinal = leaves.every((n) => n.type === 'final');
    const ids = Object.freeze([
      ...own,
      ...(isFinal && at.flow !== this.options.menuFlow ? [MENU_CHOICE] : []),
      ...(at.flow !== this.options.dangerFlow ? [DANGER_CHOICE] : []),
    ]);
    this.choices.set(at, ids);
    return ids;
  }

  /**
   * What is offered after typed text, as choices labelled with their titles: topics as
   * `topic:<flow>`, answers as `answer:<flow>.<state>`.
   */
  private offerChoices(conversation: Conversation): ChoiceOut[] {
    return (conversation.offers ?? [])
      .filter((target) => this.targetPlace(target) !== undefined)
      .map((target) => ({
        id: `${target.includes('.') ? ANSWER_PREFIX : OFFER_PREFIX}${target}`,
        label: text(conversation.locale, offerLabelKey(target)),
        offer: true,
      }));
  }

  private flow(id: string): CompiledFlow {
    const flow = this.flows.get(id);
    if (!flow) throw new Error(`unknown flow "${id}"`);
    return flow;
  }

  private enter(flowId: string, depth = 0): Place {
    if (depth > 8) throw new Error(`flow hand-overs loop at "${flowId}"`);
    return this.places.get(`${flowId}\n`, () => {
      const { machine } = this.flow(flowId);
      const [first] = initialTransition(machine);
      const goto = leafMetas(machine, first.value)[0]?.goto;
      if (goto) return this.enter(goto, depth + 1);
      return { flow: flowId, state: persist(machine, first) };
    });
  }

  private restore(at: Place) {
    const { machine } = this.flow(at.flow);
    const persisted = at.state;
    return machine.resolveState({ value: persisted.value, context: persisted.context ?? {} });
  }

  private moveTo(conversation: Conversation, at: Place): Conversation {
    const history = [...conversation.history, conversation.at];
    if (history.length > HISTORY_LIMIT) history.splice(0, history.length - HISTORY_LIMIT);
    return { ...withoutOffers(conversation), at, history };
  }
}

/** The target an offered choice names (`topic:plan` → `plan`), or undefined for any other choice. */
function offerTarget(choice: string): string | undefined {
  if (choice.startsWith(OFFER_PREFIX)) return choice.slice(OFFER_PREFIX.length);
  if (choice.startsWith(ANSWER_PREFIX)) {
    const target = choice.slice(ANSWER_PREFIX.length);
    return target.includes('.') ? target : undefined;
  }
  return undefined;
}

/** Offers last one answer: any move clears them. */
function withoutOffers(conversation: Conversation): Conversation {
  if (conversation.offers === undefined) return conversation;
  const { offers: _cleared, ...rest } = conversation;
  return rest;
}

function withOffers(conversation: Conversation, offers: string[]): Conversation {
  const rest = withoutOffers(conversation);
  return offers.length > 0 ? { ...rest, offers } : rest;
}

function sameState(a: Place, b: Place): boolean {
  return a.flow === b.flow && JSON.stringify(a.state.value) === JSON.stringify(b.state.value);
}

/**
 * A message, and after it, when its contact is closed now (or its hours are unconfirmed), the
 * line to call instead: nobody is left with only a closed number.
 */
function renderMessage(locale: Locale, spec: MessageSpec, now: Date): MessageOut[] {
  const out: MessageOut = { text: text(locale, spec.text), ...sourceOut(spec.source) };
  const contact = spec.contact ? getContact(spec.contact) : undefined;
  if (!contact) return [out];
  out.contact = contactOut(contact, now);
  const instead = fallbackFor(contact, now);
  if (!instead) return [out];
  const why = contact.hours === 'unconfirmed' ? 'contact.unconfirmed' : 'contact.closed';
  return [out, { text: text(locale, why), ...sourceOut(instead.source), contact: contactOut(instead, now) }];
}

function sourceOut(source: string | undefined): Pick<MessageOut, 'source' | 'sourceTitle'> {
  if (!source) return {};
  const title = sourceTitle(source);
  return title ? { source, sourceTitle: title } : { source };
}

function contactOut(contact: Contact, now: Date): ContactOut {
  return {
    id: contact.id,
    name: contact.name,
    number: contact.display,
    ...(contact.tel ? { tel: contact.tel } : {}),
    hours: contact.hoursText,
    openNow: isOpen(contact, now),
    ...(contact.hours === 'unconfirmed' ? { hoursKnown: false as const } : {}),
  };
}

/** A flow may name a label for a choice; otherwise a shared one ("choice.next") is used. */
export function choiceLabel(locale: Locale, flow: string, choice: string): string {
  const own = `${flow}.choice.${choice}`;
  return text(locale, hasText(own) ? own : `choice.${choice}`);
}

export function metaOf(node: AnyStateNode): StepMeta | undefined {
  return node.meta as StepMeta | undefined;
}

/** The atomic or final state nodes a state value points at. */
export function activeLeaves(machine: AnyStateMachine, value: StateValue): AnyStateNode[] {
  return leavesUnder(machine.root, value);
}

function leavesUnder(node: AnyStateNode, value: StateValue): AnyStateNode[] {
  if (typeof value === 'string') return [childOf(node, value)];
  return Object.entries(value).flatMap(([key, sub]) =>
    sub === undefined ? [childOf(node, key)] : leavesUnder(childOf(node, key), sub as StateValue),
  );
}

function childOf(node: AnyStateNode, key: string): AnyStateNode {
  const child = Object.hasOwn(node.states, key) ? node.states[key] : undefined;
  if (!child) throw new Error(`state "${key}" does not exist in "${node.id}"`);
  return child;
}

function leafMetas(machine: AnyStateMachine, value: StateValue): StepMeta[] {
  return activeLeaves(machine, value)
    .map(metaOf)
    .filter((m): m is StepMeta => m !== undefined);
}

export function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...allStateNodes(child)]);
}

function persist(machine: AnyStateMachine, snapshot: ReturnType<AnyStateMachine['resolveState']>): PersistedState {
  return machine.getPersistedSnapshot(snapshot) as unknown as PersistedState;
}

function ok(conversation: Conversation): Result {
  return { ok: true, conversation };
}

function fail(code: ErrorCode, message: string): Result {
  return { ok: false, code, message };
}
