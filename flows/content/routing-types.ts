// The shape of a locale's routing data (routing.<locale>.ts beside this file). Everything the
// router knows about words lives in that data, so a reviewer can read it, a translator can
// write the Welsh one, and the code only matches.

/** A topic (a flow) and its title, shown when a whole topic is offered (beside the triage). */
export interface RoutingTopic {
  /** The flow it leads to (a flow id from flows/index.ts). */
  flow: string;
  title: string;
}

/** One answer a person can be sent straight to by what they type. */
export interface RoutingAnswer {
  /** The state that answers: `flow.state` ("conference.safety"), a leaf of that flow. */
  state: string;
  /** A question-like title, shown as the choice when the guide offers two or three answers. */
  title: string;
  /** Key terms and short phrases people use for it, slang included. */
  terms: readonly string[];
  /** Whole questions as people ask them (from the seeds' FAQ, forum posts and blogs). */
  examples: readonly string[];
}

export interface RoutingCatalogue {
  topics: readonly RoutingTopic[];
  answers: readonly RoutingAnswer[];
  /**
   * Typed messages labelled with the answer state that answers them, `danger`, or `none`:
   * what the router's model is trained on, beside the answers' own terms and examples.
   */
  training: Readonly<Record<string, readonly string[]>>;
  /** Single words replaced before matching: "sw" → "social worker". Keys are normalised words. */
  slang: Readonly<Record<string, string>>;
  /** Words too common to tell topics apart. Normalised, after slang. */
  /**
   * Stop words the answer model still reads, because they say what a question asks ("who",
   * "when", "must"); the danger model and the index still drop them.
   */
  questionWords: readonly string[];
  stopWords: readonly string[];
  /**
   * Signs of immediate danger, as regular expressions over normalised text (lower case, no
   * apostrophes or punctuation, single spaces, slang expanded: "he's" is "he is"). Each is
   * matched as whole words; repeated letters are ignored on both sides ("kill" = "kil").
   */
  danger: readonly string[];
  /**
   * Single words that are a sign of danger wherever they stand, in any form ("punched",
   * "punching" for "punch"): violence, weapons, injuries. Matched by stem, and words of seven
   * letters or more also with one letter wrong ("strangeld", "bleading").
   */
  dangerWords: readonly string[];
  /**
   * Signs that mean danger only together: every pattern of a group must appear somewhere in
   * the text ("he" and "drunk"; "he" and "won't let me"). Same pattern rules as `danger`.
   */
  dangerTogether: readonly (readonly string[])[];
  /**
   * Signs that are danger unless the message asks about the process ("will a 999 call show on
   * the bill", "can he come home while we're on a plan"): said as a statement they still open
   * the triage ("999", "he's coming back"). Same pattern rules as `danger`.
   */
  dangerUnlessAsking: readonly string[];
  /**
   * Signs of violence or injury that may be long past ("he hit me", "bruises", "he lost it"):
   * danger, unless the message places them in the past or asks about them in general
   * (`pastOrGeneral`) and says nothing of now (`now`). `dangerWords` and `dangerTogether` are
   * quieted the same way. Weapons, threats to kill, strangling and every sign in `danger` are
   * never quieted. Same pattern rules as `danger`.
   */
  dangerUnlessPast: readonly string[];
  /**
   * The gravest acts (strangling, weapons, threats to kill, rape), danger however they are put,
   * except when the message tells of them as history (`pastOrGeneral`, nothing of `now`) and asks
   * a question about it (`pastQuestions`): "he strangled me years ago, is that classed as abuse",
   * "if i tell the social worker he choked me last year will they tell the police". Where he is,
   * what he is doing now and being kept in stay in `danger`, never quieted. Same pattern rules.
   */
  dangerUnlessToldAsPast: readonly string[];
  /** Questions about what happened before: "is that classed as", "does that count", "should i tell". */
  pastQuestions: readonly string[];
  /**
   * Figures of speech cut out before any sign is matched, as denials are: "this wait is killing
   * me", "my nerves are shot", "a panic attack". The rest of the message is still heard.
   */
  figuresOfSpeech: readonly string[];
  /**
   * A child's accident told as such ("broke his wrist at football", "rolled off the bed"), cut
   * out with its injury before any sign is matched, as figures of speech are.
   */
  accidents: readonly string[];
  /**
   * What places a sign in the past or makes it general: "used to", "years ago", "when we were
   * together", "my ex was violent", "does it count as abuse", "it only happened once".
   */
  pastOrGeneral: readonly string[];
  /** What says a sign is now, whatever else the message says: "tonight", "again", "he still". */
  now: readonly string[];
  /**
   * What says plainly that it is happening now: him here or on his way, something being done
   * as she types, a weapon. A plain message (not put as the past or a question) that holds a
   * sign is read a second time only when none of these is in it: "i could strangle the social
   * worker" and "my son broke his wrist skateboarding" are read again, "hes just come in drunk
   * and throwing things" never is.
   */
  plainlyNow: readonly string[];
  /**
   * What sets a plain message apart from now: a question or a condition ("could", "what if",
   * "why"), a time gone by ("once", "after", "years", "in 2021"), a conviction. Only a plain
   * message holding one of these (and none of `plainlyNow`) is read a second time.
   */
  plainDistance: readonly string[];
  /**
   * What makes a message a question about the process, a hypothetical or a denial rather than
   * a call for help: "if i ring", "will social services", "is there a", "not an emergency".
   * It quiets only `dangerUnlessAsking` signs and raises the danger model's bar; every other
   * sign is danger however it is asked.
   */
  asking: readonly string[];
  /**
   * Spans that say a sign is absent ("he never hit me", "no bruises"), cut out before any sign
   * is matched, so the rest of the message is still heard ("he never hit me till tonight he
   * strangled me" still opens the triage).
   */
  denials: readonly string[];
  /** Words the guide shows when it routes typed text ("Did you mean…", "not found"). */
  messages: Readonly<Record<string, string>>;
}

/** A translation in progress: any part may be missing and falls back to English. */
export type PartialRoutingCatalogue = {
  topics?: readonly RoutingTopic[];
  answers?: readonly RoutingAnswer[];
  training?: Readonly<Record<string, readonly string[]>>;
  slang?: Readonly<Record<string, string>>;
  stopWords?: readonly string[];
  questionWords?: readonly string[];
  danger?: readonly string[];
  dangerWords?: readonly string[];
  dangerTogether?: readonly (readonly string[])[];
  dangerUnlessAsking?: readonly string[];
  dangerUnlessPast?: readonly string[];
  dangerUnlessToldAsPast?: readonly string[];
  pastQuestions?: readonly string[];
  figuresOfSpeech?: readonly string[];
  accidents?: readonly string[];
  pastOrGeneral?: readonly string[];
  now?: readonly string[];
  plainlyNow?: readonly string[];
  plainDistance?: readonly string[];
  asking?: readonly string[];
  denials?: readonly string[];
  messages?: Readonly<Record<string, string>>;
};
