// The widget's own styles, scoped by its shadow root. Colours come from custom properties so a
// charity can theme it from its own stylesheet.
export const styles = `
:host { all: initial; font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.4; color: #1b1b1b; }
* { box-sizing: border-box; }
button, input { font: inherit; }
button { min-height: 44px; padding: 0.5rem 0.9rem; border-radius: 6px; border: 2px solid var(--safe-steps-accent, #4b2a6b);
  background: #fff; color: var(--safe-steps-accent, #4b2a6b); cursor: pointer; }
button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.exit { background: #b10e1e; border-color: #b10e1e; color: #fff; font-weight: 700; }
.danger { background: #b10e1e; border-color: #b10e1e; color: #fff; }
.launcher { position: fixed; right: 1rem; bottom: 1rem; display: flex; gap: 0.5rem; z-index: 2147483646; }
.launcher .open { background: var(--safe-steps-accent, #4b2a6b); color: #fff; font-weight: 700; }
.panel { position: fixed; right: 1rem; bottom: 4.5rem; width: min(24rem, calc(100vw - 2rem)); max-height: calc(100vh - 6rem);
  display: flex; flex-direction: column; background: #fff; border: 2px solid var(--safe-steps-accent, #4b2a6b);
  border-radius: 10px; z-index: 2147483647; overflow: hidden; }
.panel[hidden] { display: none; }
header { display: flex; gap: 0.5rem; align-items: center; padding: 0.5rem; background: var(--safe-steps-accent, #4b2a6b); color: #fff; }
header h2 { flex: 1; font-size: 1rem; margin: 0; }
.log { overflow-y: auto; padding: 0.75rem; flex: 1; }
.step { border-bottom: 1px solid #ddd; padding-bottom: 0.5rem; }
.step:focus { outline: none; }
.progress { font-weight: 700; }
.call { display: block; margin: 0.25rem 0; padding: 0.6rem; background: #0b6b2f; color: #fff; border-radius: 6px;
  text-decoration: none; font-weight: 700; }
.hours { display: block; font-size: 0.9rem; color: #444; }
.note { color: #6b3a00; }
.choices, .nav { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0 0.75rem 0.5rem; }
.say { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0.5rem 0.75rem 0.75rem; border-top: 1px solid #ddd; }
.say label { width: 100%; font-size: 0.9rem; }
.say input { flex: 1; min-height: 44px; padding: 0.4rem; border: 2px solid #555; border-radius: 6px; }
`;
