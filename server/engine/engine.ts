// The engine: pure functions from a conversation and a person's action to the next
// conversation, and from a conversation to the `step` frame that shows it. It knows nothing
// of sockets or storage, and nothing of any particular flow: everything it shows comes from
// the flows' machines and the content catalogue.
import { createHash } from 'node:crypto';
import { initialTransition, transition, type AnyStateMachine, type StateValue } from 'xstate';
import type { Flow, MessageSpec, StepMeta } from '../../flows/define.js';
import type { Catalogue } from '../../flows/catalogue.js';
import { fallbackFor, isOpen, type Contact } from '../../flows/contacts.js';
import { catalogue as guideCatalogue, type Locale } from '../../flows/content/index.js';
import type { ChoiceOut, ChoiceRole, ContactOut, ErrorCode, MessageOut, StepFrame } from '../protocol.js';
import { checkFlows } from './check.js';
import { activeLeaves, allStateNodes, eventsAt, leafMetas, metaOf } from './nodes.js';
import { roleOf } from './roles.js';
import { Words } from './words.js';
import { offerLabelKey, SAY_ALL_TOPICS, SAY_NONE, SAY_SUGGEST } from './text-keys.js';
import { conversationOf, copyOf, HISTORY_LIMIT, newConversation, type Conversation, type PersistedState, type Place } from './conversation.js';
import { PlaceMemo } from './places.js';
import { deepFreeze } from './freeze.js';
import { LIST_VIEW, MyList, settled } from './my-list.js';

/** Choices the engine adds to every flow's own. */
export const DANGER_CHOICE = 'danger';
export const MENU_CHOICE = 'menu';

/**
 * What an answer did, for the metrics: the engine says so rather than leaving the server to
 * guess from frames. `entered` a flow (a topic, the menu or the triage), `arrived` at a place
 * (a flow and node as in the step frame), `finished` a flow at one of its final places.
 * A step shown again (resume, text that led nowhere) is no event.
 */
export type EngineEvent =
  | { type: 'entered'; flow: string }
  | { type: 'arrived'; flow: string; node: string }
  | { type: 'finished'; flow: string; node: string }
  /** Items put on "My list" (never which ones). */
  | { type: 'listed'; items: number };

export type Moved = { ok: true; conversation: Conversation; events: readonly EngineEvent[] };
export type Result = Moved | { ok: false; code: ErrorCode; message: string };

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
  /** Whether `route` would give `danger`, when the router can tell more cheaply than routing. */
  hearsDanger?(text: string, locale: Locale): boolean;
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
  /** Words, contacts and source titles; the guide's own (flows/content/) unless given. */
  catalogue?: Catalogue;
  router?: TextRouter;
  now?: () => Date;
}

interface CompiledFlow {
  machine: AnyStateMachine;
  /** Number of walkthrough steps (states with `meta.step`), for "step N of M". */
  steps: number;
}

interface PlaceChoice {
  id: string;
  role: ChoiceRole;
  global?: true;
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
  events: readonly EngineEvent[];
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
  private readonly words: Words;
  private readonly places = new PlaceMemo();
  private readonly shapes = new WeakMap<Place, Partial<Record<Locale, Shape>>>();
  private readonly rendered = new WeakMap<Shape, { minute: number; messages: MessageOut[] }>();
  private readonly choices = new WeakMap<Place, readonly PlaceChoice[]>();
  private readonly ids = new WeakMap<Place, readonly string[]>();
  /** Where each choice at a place leads (see after). */
  private readonly nextPlaces = new WeakMap<Place, Map<string, Place>>();
  /** Places already found to fit the flows (see revive). */
  private readonly fittingPlaces = new WeakSet<Place>();
  private readonly list: MyList;
  /** The menu and danger choices on the list's screen, by locale and flow. */
  private readonly listGlobals = new Map<string, readonly ChoiceOut[]>();
  private readonly merged = new WeakMap<readonly ChoiceOut[], WeakMap<readonly ChoiceOut[], ChoiceOut[]>>();
  /**
   * The flows' version: a hash of the compiled flows and the locales offered, the same on every
   * start of the same code. Stored with each conversation, so one saved by other flows (Redis
   * outlives a deploy) is checked before it is carried on.
   */
  readonly version: string;

  constructor(private readonly options: EngineOptions) {
    this.words = new Words(options.catalogue ?? guideCatalogue);
    for (const flow of options.flows) {
      if (this.flows.has(flow.id)) throw new Error(`two flows share the id "${flow.id}"`);
      const steps = allStateNodes(flow.machine.root).filter((n) => metaOf(n)?.step !== undefined).length;
      this.flows.set(flow.id, { machine: flow.machine, steps });
    }
    for (const id of [options.menuFlow, options.dangerFlow]) {
      if (!this.flows.has(id)) throw new Error(`flow "${id}" is required but not registered`);
    }
    const missingWords = [SAY_SUGGEST, SAY_ALL_TOPICS, ...SAY_NONE, offerLabelKey(options.menuFlow)].filter((k) => !this.words.has(k));
    if (missingWords.length > 0) throw new Error(`the catalogue lacks routing words: ${missingWords.join(', ')}`);
    this.list = new MyList(options.flows, [options.dangerFlow, options.menuFlow], this.words, (at) => this.leavesAt(at));
    const problems = [...checkFlows(options.flows, this.words.catalogue), ...this.list.problems()];
    if (problems.length > 0) throw new Error(`the flows have problems:\n- ${problems.join('\n- ')}`);
    this.router = options.router ?? noRouter;
    this.now = options.now ?? (() => new Date());
    this.version = flowsVersion(options, this.words.locales());
  }

  flowIds(): string[] {
    return [...this.flows.keys()];
  }

  /**
   * A stored conversation as these flows carry it on, or undefined when it cannot be: the
   * server then treats it as expired and starts afresh. One made by these flows is taken as it
   * is. One made by other flows (a deploy changed them) is checked place by place, where it is
   * and every place Back can return to: each must still exist and still be a screen (a leaf
   * that shows something). Its locale must still be offered.
   */
  revive(conversation: Conversation): Conversation | undefined {
    if (!this.words.speaks(conversation.locale) || !this.list.fits(conversation)) return undefined;
    if (conversation.version === this.version) return conversation;
    const fits =
      this.placeFits(conversation.at) &&
      conversation.history.every((place) => this.placeFits(place)) &&
      (conversation.offers ?? []).every((target) => this.targetPlace(target) !== undefined);
    if (!fits) return undefined;
    const revived = copyOf(conversation);
    revived.version = this.version;
    return revived;
  }

  private placeFits(place: Place): boolean {
    if (this.fittingPlaces.has(place)) return true;
    const flow = this.flows.get(place.flow);
    if (!flow) return false;
    try {
      const leaves = activeLeaves(flow.machine, place.state.value);
      // A state that became compound would show nothing; so would one that became a hand-over.
      const screens = leaves.every((n) => (n.type === 'atomic' || n.type === 'final') && metaOf(n)?.goto === undefined);
      if (!screens) return false;
    } catch {
      return false;
    }
    this.fittingPlaces.add(place);
    return true;
  }

  /** A new conversation, in the catalogue's base locale if it does not offer `locale`. */
  start(locale: Locale, flow: string = this.options.menuFlow): Result {
    if (!this.flows.has(flow)) return fail('unknown_flow', `There is no flow called "${flow}".`);
    const spoken = this.words.speaks(locale) ? locale : (this.words.catalogue.baseLocale as Locale);
    return this.moved(undefined, newConversation(spoken, this.enter(flow), this.version));
  }

  choose(conversation: Conversation, choice: string): Result {
    const offers = conversation.offers ?? [];
    const target = offerTarget(choice);
    if (target !== undefined) {
      if (!offers.includes(target) || this.targetPlace(target) === undefined) {
        return fail('unknown_choice', 'That is not one of the choices on screen.');
      }
      return this.moved(conversation, this.goToTarget(conversation, target));
    }
    // "See all topics" stands under every "Did you mean…", wherever the person typed.
    if (choice === MENU_CHOICE && offers.length > 0) {
      return this.moved(conversation, this.moveTo(conversation, this.enter(this.options.menuFlow)));
    }
    const listed = this.list.choose(conversation, choice);
    if (listed === 'refused') return fail('unknown_choice', 'That is not one of the choices on screen.');
    if (listed) {
      const events = listed.added > 0 ? [{ type: 'listed' as const, items: listed.added }] : [];
      return { ok: true, conversation: withoutOffers(listed.conversation), events };
    }
    // The list's screen offers only its own choices, the menu and "I'm in danger now".
    const onListScreen = conversation.listView && this.listScreenGlobals(conversation).some((c) => c.id === choice);
    if (conversation.listView ? !onListScreen : !this.choiceIds(conversation.at).includes(choice)) {
      return fail('unknown_choice', 'That is not one of the choices on screen.');
    }
    return this.moved(conversation, this.moveTo(conversation, this.after(conversation.at, choice)));
  }

  back(conversation: Conversation): Result {
    // Back from the list's screen is to the screen it was opened over.
    if (conversation.listView) return { ok: true, conversation: settled(conversation), events: [] };
    const previous = conversation.history.at(-1);
    if (!previous) return fail('cannot_go_back', 'There is nothing to go back to.');
    const next = moving(conversation, true);
    next.at = previous;
    next.history = conversation.history.slice(0, -1);
    return this.moved(conversation, next);
  }

  restart(conversation: Conversation): Moved {
    // Starting again keeps the list: only quick exit (or the idle expiry) forgets it.
    const next = newConversation(conversation.locale, this.enter(this.options.menuFlow), this.version);
    if (conversation.list !== undefined) next.list = conversation.list;
    return this.moved(conversation, next);
  }

  /** Where a choice offered at a place leads (worked out once per place and choice). */
  private after(from: Place, choice: string): Place {
    if (choice === DANGER_CHOICE) return this.enter(this.options.dangerFlow);
    if (choice === MENU_CHOICE) return this.enter(this.options.menuFlow);
    // Places are shared objects, so where each choice leads is kept beside them, and the memo
    // below (by the place's value, for places made before it) is asked once per place and choice.
    let next = this.nextPlaces.get(from);
    if (!next) this.nextPlaces.set(from, (next = new Map()));
    const known = next.get(choice);
    if (known) return known;
    const place = this.places.get(`${from.flow}\n${JSON.stringify(from.state)}\n${choice}`, () => {
      const { machine } = this.flow(from.flow);
      const [after] = transition(machine, this.restore(from), { type: choice });
      const goto = leafMetas(machine, after.value)[0]?.goto;
      return goto ? this.enter(goto) : { flow: from.flow, state: persist(machine, after) };
    });
    // Only choices the flows offer here are kept, so a stranger's made-up ids cannot grow it.
    if (next.size < 64) next.set(choice, place);
    return place;
  }

  /** The move from one conversation to the next, with what it did for the metrics. */
  private moved(before: Conversation | undefined, after: Conversation): Moved {
    return { ok: true, conversation: after, events: this.eventsBetween(before, after) };
  }

  private eventsBetween(before: Conversation | undefined, after: Conversation): EngineEvent[] {
    if (before && sameState(before.at, after.at)) return [];
    const { node, final } = this.shape(after.at, after.locale);
    const flow = after.at.flow;
    const events: EngineEvent[] = [];
    if (before?.at.flow !== flow) events.push({ type: 'entered', flow });
    events.push({ type: 'arrived', flow, node });
    if (final) events.push({ type: 'finished', flow, node });
    return events;
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

    const outcome = (after: Conversation, notices: MessageSpec[] = []): SayOutcome => ({
      conversation: after,
      notices,
      events: this.eventsBetween(conversation, after),
    });

    if (route.kind === 'danger') {
      const triage = this.enter(dangerFlow);
      const here = sameState(conversation.at, triage) ? moving(conversation) : this.moveTo(conversation, triage);
      return outcome(withOffers(here, reachable(route.also)));
    }
    if (route.kind === 'answer' && this.targetPlace(route.state) !== undefined) {
      return outcome(this.goToTarget(conversation, route.state));
    }
    if (route.kind === 'suggest') {
      const offers = reachable(route.offers);
      // Unsure text may still come from someone in danger, as with text not understood at all.
      const notices = [{ text: SAY_SUGGEST }, { text: SAY_NONE[1], contact: 'police' as const }];
      if (offers.length > 0) return { ...outcome(withOffers(conversation, offers), notices), brief: true };
    }
    // The way back to the menu, unless the person is there or the screen already offers it.
    const menuShown = sameState(conversation.at, this.enter(menuFlow)) || this.choiceIds(conversation.at).includes(MENU_CHOICE);
    return outcome(
      withOffers(conversation, menuShown ? [] : [menuFlow]),
      // Text the guide cannot place may still come from someone in danger: 999 first, always.
      [{ text: SAY_NONE[0] }, { text: SAY_NONE[1], contact: 'police' }, { text: SAY_NONE[2], contact: 'nationalHelpline' }],
    );
  }

  /** Whether typed text would open the danger triage (as `say` would take it), from any screen. */
  hearsDanger(typed: string, locale: Locale): boolean {
    return this.router.hearsDanger?.(typed, locale) ?? this.router.route(typed, locale).kind === 'danger';
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
    const now = this.now();
    const { locale, at } = conversation;
    const listNote = this.list.note(conversation);
    // Most screens have nothing before their own words, and then send the shared, frozen
    // messages as they are (frame-json.ts writes their JSON once).
    let before: MessageOut[] = NO_MESSAGES;
    if (listNote || notices.length > 0) {
      before = listNote ? [listNote] : [];
      for (const spec of notices) before.push(...this.renderMessage(locale, spec, now));
    }
    if (conversation.listView) return this.renderListScreen(conversation, token, before, now);
    const shape = this.shape(at, locale);
    // Topics offered for typed text lead, except on the triage, whose own choices come first.
    const offers = this.offerChoices(conversation);
    // A short "Did you mean…": the offers, "See all topics" and the danger choice, nothing else.
    const short = brief && offers.length > 0;
    const placed = short
      ? [
          ...offers,
          { id: MENU_CHOICE, label: this.words.text(locale, SAY_ALL_TOPICS), role: 'menu' as const, global: true as const },
          ...shape.choices.filter((c) => c.id === DANGER_CHOICE),
        ]
      : offers.length === 0
        ? shape.choices
        : at.flow === this.options.dangerFlow
          ? [...shape.choices, ...offers]
          : [...offers, ...shape.choices];
    const said = short ? NO_MESSAGES : this.sayAt(shape, locale, now);
    const messages = before.length === 0 ? said : [...before, ...said];
    // "Add to my list" comes after the screen's own choices; "My list" after the global ones.
    const listChoices = short ? [] : this.list.choices(conversation);
    const choices = listChoices.length === 0 ? placed : this.withListChoices(placed, listChoices, placed === shape.choices);
    const frame: StepFrame = {
      type: 'step',
      token,
      flow: at.flow,
      node: shape.node,
      messages,
      choices,
      canGoBack: conversation.history.length > 0,
      final: shape.final,
    };
    if (shape.progress) frame.progress = shape.progress;
    return frame;
  }

  /** "My list" over the current place: its items grouped, then its choices, the menu and danger. */
  private renderListScreen(conversation: Conversation, token: string, before: MessageOut[], now: Date): StepFrame {
    const { locale } = conversation;
    return {
      type: 'step',
      token,
      flow: LIST_VIEW.flow,
      node: LIST_VIEW.node,
      messages: [...before, ...this.list.viewMessages(conversation, minuteOf(now), (spec) => this.renderMessage(locale, spec, now))],
      choices: [...this.list.viewChoices(conversation), ...this.listScreenGlobals(conversation)],
      canGoBack: true,
      final: false,
    };
  }

  private listScreenGlobals(conversation: Conversation): readonly ChoiceOut[] {
    const { locale, at } = conversation;
    const key = `${locale}\n${at.flow}`;
    const known = this.listGlobals.get(key);
    if (known) return known;
    const global = (id: string, role: ChoiceRole): ChoiceOut =>
      Object.freeze({ id, label: this.words.choiceLabel(locale, at.flow, id), role, global: true });
    const globals = Object.freeze([global(MENU_CHOICE, 'menu'), ...(at.flow !== this.options.dangerFlow ? [global(DANGER_CHOICE, 'danger')] : [])]);
    this.listGlobals.set(key, globals);
    return globals;
  }

  /**
   * "Add to my list" after the screen's own choices, "My list" after the global ones (which
   * come last). Both sides are usually shared arrays, so the result is kept for them.
   */
  private withListChoices(placed: readonly ChoiceOut[], list: readonly ChoiceOut[], shared: boolean): ChoiceOut[] {
    const known = this.merged.get(placed)?.get(list);
    if (known) return known;
    const merged: ChoiceOut[] = [];
    let i = 0;
    for (; i < placed.length && !placed[i]!.global; i++) merged.push(placed[i]!);
    for (const c of list) if (!c.global) merged.push(c);
    for (; i < placed.length; i++) merged.push(placed[i]!);
    for (const c of list) if (c.global) merged.push(c);
    if (shared && Object.isFrozen(list)) {
      // Shared by everyone on this screen with this list, so frozen like its parts (frame-json.ts).
      Object.freeze(merged);
      const byList = this.merged.get(placed) ?? new WeakMap();
      byList.set(list, merged);
      this.merged.set(placed, byList);
    }
    return merged;
  }

  private leavesAt(at: Place) {
    return activeLeaves(this.flow(at.flow).machine, at.state.value);
  }

  /**
   * A shape's messages as of `now`. Only whether a contact is open changes with time, and only
   * from one minute to the next, so they are worked out once a minute per shape.
   */
  private sayAt(shape: Shape, locale: Locale, now: Date): MessageOut[] {
    const minute = minuteOf(now);
    const known = this.rendered.get(shape);
    if (known?.minute === minute) return known.messages;
    // Shared by everyone on this screen this minute, so frozen all the way down (freeze.ts).
    const messages = deepFreeze(shape.say.flatMap((spec) => this.renderMessage(locale, spec, now)));
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
      choices: Object.freeze(this.placeChoices(at).map(({ id, role, global }) => Object.freeze({
        id,
        label: this.words.choiceLabel(locale, at.flow, id),
        role,
        ...(global ? { global: true } : {}),
      }))) as ChoiceOut[],
      final: leaves.every((n) => n.type === 'final'),
      ...(step !== undefined ? { progress: Object.freeze({ step, of: steps }) } : {}),
    });
    this.shapes.set(at, { ...this.shapes.get(at), [locale]: shape });
    return shape;
  }

  /** The ids a person may choose here: the state's own events, then the engine's. */
  choiceIds(at: Place): readonly string[] {
    let known = this.ids.get(at);
    if (!known) this.ids.set(at, (known = Object.freeze(this.placeChoices(at).map((c) => c.id))));
    return known;
  }

  /**
   * The choices at a place: the events its leaves accept as XState resolves them (own, then
   * ancestors'), then the engine's own. Asked on every choice; places are shared objects
   * (PlaceMemo), so worked out once each.
   */
  private placeChoices(at: Place): readonly PlaceChoice[] {
    const known = this.choices.get(at);
    if (known) return known;
    const { machine } = this.flow(at.flow);
    const { menuFlow, dangerFlow } = this.options;
    const leaves = activeLeaves(machine, at.state.value);
    const own = eventsAt(leaves).map((event): PlaceChoice => {
      const to = this.after(at, event);
      const handsOverTo = to.flow !== at.flow ? to.flow : undefined;
      return { id: event, role: roleOf({ leaves, event, handsOverTo, menuFlow, dangerFlow }) };
    });
    const isFinal = leaves.every((n) => n.type === 'final');
    const choices = Object.freeze([
      ...own,
      ...(isFinal && at.flow !== menuFlow ? [{ id: MENU_CHOICE, role: 'menu' as const, global: true as const }] : []),
      ...(at.flow !== dangerFlow ? [{ id: DANGER_CHOICE, role: 'danger' as const, global: true as const }] : []),
    ]);
    this.choices.set(at, choices);
    return choices;
  }

  /**
   * What is offered after typed text, as choices labelled with their titles: topics as
   * `topic:<flow>`, answers as `answer:<flow>.<state>`.
   */
  private offerChoices(conversation: Conversation): ChoiceOut[] {
    if (conversation.offers === undefined) return [];
    return conversation.offers
      .filter((target) => this.targetPlace(target) !== undefined)
      .map((target) => ({
        id: `${target.includes('.') ? ANSWER_PREFIX : OFFER_PREFIX}${target}`,
        label: this.words.text(conversation.locale, offerLabelKey(target)),
        role: 'offer',
        offer: true,
      }));
  }

  /**
   * A message, and after it, when its contact is closed now (or its hours are unconfirmed), the
   * line to call instead: nobody is left with only a closed number.
   */
  private renderMessage(locale: Locale, spec: MessageSpec, now: Date): MessageOut[] {
    const out: MessageOut = { text: this.words.text(locale, spec.text), ...this.sourceOut(spec.source) };
    const contact = spec.contact ? this.words.contact(spec.contact) : undefined;
    if (!contact) return [out];
    out.contact = contactOut(contact, now);
    const instead = fallbackFor(contact, now, this.words.catalogue.contacts);
    if (!instead) return [out];
    const why = contact.hours === 'unconfirmed' ? 'contact.unconfirmed' : 'contact.closed';
    return [out, { text: this.words.text(locale, why), ...this.sourceOut(instead.source), contact: contactOut(instead, now) }];
  }

  private sourceOut(source: string | undefined): Pick<MessageOut, 'source' | 'sourceTitle'> {
    if (!source) return {};
    const title = this.words.sourceTitle(source);
    return title ? { source, sourceTitle: title } : { source };
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
    // The history with the place left behind at its end, the oldest dropped past the limit:
    // copied once into an array of its final size (on a long walk, every tap copies 50 places).
    const before = conversation.history;
    const size = Math.min(before.length + 1, HISTORY_LIMIT);
    const history = new Array<Place>(size);
    for (let i = 0, from = before.length + 1 - size; i < size - 1; i++) history[i] = before[from + i]!;
    history[size - 1] = conversation.at;
    const next = moving(conversation, true);
    next.at = at;
    next.history = history;
    return next;
  }
}

/** Nothing to show: shared, so frozen (frame-json.ts keeps its JSON). */
const NO_MESSAGES: MessageOut[] = Object.freeze([]) as unknown as MessageOut[];

/** The target an offered choice names (`topic:plan` → `plan`), or undefined for any other choice. */
function offerTarget(choice: string): string | undefined {
  if (choice.startsWith(OFFER_PREFIX)) return choice.slice(OFFER_PREFIX.length);
  if (choice.startsWith(ANSWER_PREFIX)) {
    const target = choice.slice(ANSWER_PREFIX.length);
    return target.includes('.') ? target : undefined;
  }
  return undefined;
}

/**
 * What lasts one screen only (offers, the list's screen, its confirmation) ends with a move.
 * `copy`: always a copy (see copyOf), for the caller to change further.
 */
function moving(conversation: Conversation, copy = false): Conversation {
  const { offers, listView, listNote } = conversation;
  if (!copy && offers === undefined && listView === undefined && listNote === undefined) return conversation;
  const next = conversationOf(conversation, conversation.list, undefined, undefined);
  next.offers = undefined;
  return next;
}

/** Offers last one answer: any move clears them. */
function withoutOffers(conversation: Conversation): Conversation {
  if (conversation.offers === undefined) return conversation;
  const next = copyOf(conversation);
  next.offers = undefined;
  return next;
}

function withOffers(conversation: Conversation, offers: string[]): Conversation {
  if (offers.length === 0) return moving(conversation);
  const next = moving(conversation, true);
  next.offers = offers;
  return next;
}

function sameState(a: Place, b: Place): boolean {
  // Places are shared (PlaceMemo): the same object is the same place, without comparing values.
  return a === b || a.flow === b.flow && JSON.stringify(a.state.value) === JSON.stringify(b.state.value);
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

/** A hash of everything a stored place depends on: each machine as compiled, and the locales. */
function flowsVersion({ flows, menuFlow, dangerFlow }: EngineOptions, locales: readonly string[]): string {
  const compiled = flows.map((flow) => [flow.id, flow.machine.root.definition]);
  const described = JSON.stringify({ flows: compiled, menuFlow, dangerFlow, locales: [...locales].sort() });
  return createHash('sha256').update(described).digest('base64url').slice(0, 22);
}

function persist(machine: AnyStateMachine, snapshot: ReturnType<AnyStateMachine['resolveState']>): PersistedState {
  return machine.getPersistedSnapshot(snapshot) as unknown as PersistedState;
}

function minuteOf(now: Date): number {
  return Math.floor(now.getTime() / 60_000);
}

function fail(code: ErrorCode, message: string): Result {
  return { ok: false, code, message };
}
