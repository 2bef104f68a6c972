// Reads the current answer aloud with the browser's own speech synthesis, for people who find
// reading hard (docs/content.md, topic 13). Nothing leaves the device; where the browser has no
// speech synthesis the control is not shown at all.
export interface Reader {
  readonly available: boolean;
  /** Starts reading; `done` is called when it ends, fails or is stopped. */
  read(text: string, done: () => void): void;
  stop(): void;
}

export function reader(): Reader {
  const synth = typeof speechSynthesis === 'object' && speechSynthesis ? speechSynthesis : undefined;
  const available = !!synth && typeof SpeechSynthesisUtterance === 'function';
  let finish: (() => void) | undefined;
  const end = () => {
    const f = finish;
    finish = undefined;
    f?.();
  };
  return {
    available,
    read(text, done) {
      if (!available || !synth) return;
      synth.cancel();
      end();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'en-GB';
      utterance.rate = 0.9;
      utterance.onend = utterance.onerror = end;
      finish = done;
      synth.speak(utterance);
    },
    stop() {
      synth?.cancel();
      end();
    },
  };
}
