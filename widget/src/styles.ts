// The widget's styles, scoped by its shadow root and adopted as a constructable stylesheet (no
// inline <style>, no style attributes). Sizes are in em from the user's own default font size,
// never rem (a host page's root font size must not shrink the guide) nor px for text, so text
// zoom and the browser's font setting work. A charity themes it with custom properties, which
// cross the shadow boundary: --safe-steps-accent (a colour that white text reads well on),
// --safe-steps-on-accent, --safe-steps-accent-dark (links and outlines in dark mode) and
// --safe-steps-font. The skip link and the Shift message sit above everything, the panel
// above the launcher. Nothing of the guide is ever printed with the page: a printout left on
// a printer must not show the conversation (only "Print my list" prints, see print.ts).
const focus = `outline:3px solid #ffbf47;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c`;

export const styles = `
:host(:not([mode=inline])){all:initial!important}
:host([mode=inline]){display:block}
.w{all:initial;display:block;font-family:var(--safe-steps-font,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif);
font-size:medium;line-height:1.5;color:var(--fg);
--accent:var(--safe-steps-accent,#4b2a6b);--on-accent:var(--safe-steps-on-accent,#fff);--link:var(--accent);
--bg:#fff;--fg:#1b1b1b;--muted:#505050;--line:#bdbdbd;--soft:#f3eef8;--note:#fff4e5;--on-note:#5c3200;--red:#b10e1e;--call:#0b6b2f}
@media (prefers-color-scheme:dark){.w{--link:var(--safe-steps-accent-dark,#d9c2f5);--bg:#18181b;--fg:#f2f2f2;--muted:#c8c8c8;
--line:#5c5c66;--soft:#2c2436;--note:#3b2a10;--on-note:#ffe0b0}}
*{box-sizing:border-box}
[hidden]{display:none!important}
p{margin:.5em 0}
a{color:var(--link)}
button,input{font:inherit;color:inherit;margin:0}
button{min-height:2.75em;padding:.5em .9em;border-radius:.4em;border:2px solid var(--link);background:var(--bg);color:var(--link);
cursor:pointer;text-align:left;line-height:1.3}
button[aria-disabled=true]{cursor:wait}
:focus-visible{${focus}}
.step:focus{outline:none;box-shadow:none}
.step:focus-visible{${focus}}
.exit,.danger{background:var(--red);border-color:var(--red);color:#fff;font-weight:700}
.danger,.danger-twin{width:100%;text-align:center;font-weight:700}
.primary,.open{background:var(--accent);border-color:var(--accent);color:var(--on-accent);font-weight:700}
.sr{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
.launcher{position:fixed;right:1em;bottom:1em;left:auto;display:flex;flex-wrap:wrap;justify-content:flex-end;gap:.5em;
max-width:calc(100vw - 2em);z-index:2147483645}
.launcher button{box-shadow:0 .2em .8em rgba(0,0,0,.3)}
.panel{position:fixed;right:1em;bottom:5em;width:min(26em,calc(100vw - 2em));height:min(40em,calc(100vh - 7em));
height:min(40em,calc(100dvh - 7em));display:flex;flex-direction:column;background:var(--bg);color:var(--fg);
border:2px solid var(--accent);border-radius:.6em;box-shadow:0 .3em 1.2em rgba(0,0,0,.35);z-index:2147483646;overflow:hidden}
@media (max-width:36em),(max-height:36em){.panel{inset:0;width:auto;height:auto;border:0;border-radius:0}}
@media (prefers-reduced-motion:no-preference){.panel{animation:in .15s ease-out}.body{scroll-behavior:smooth}}
@keyframes in{from{opacity:0;transform:translateY(.5em)}}
.inline{background:var(--bg);color:var(--fg);border:2px solid var(--accent);border-radius:.6em}
.head{display:flex;flex-wrap:wrap;align-items:center;gap:.5em;padding:.5em .75em;background:var(--accent);color:var(--on-accent)}
.inline .head{position:sticky;top:0;z-index:1;border-radius:.4em .4em 0 0}
.head h2{flex:1 1 0;min-width:6em;margin:0;font-size:1.15em;line-height:1.3}
.head h2:focus{outline:none}
.head .exit{border-color:#fff}
.close{background:transparent;border-color:var(--on-accent);color:var(--on-accent);min-width:2.75em;text-align:center;font-size:1.1em}
.body{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:.25em .75em .75em}
.inline .body{overflow:visible;padding:.5em 1em 1em}
.inline .step{scroll-margin-top:5em}
.status{margin:0;padding:.5em .75em;background:var(--note);color:var(--on-note)}
.status:empty{display:none}
.notice{margin:.5em 0;padding:.1em .75em;border-left:.3em solid var(--accent);background:var(--soft)}
.offline{padding:.25em .75em .5em;background:var(--note);color:var(--on-note)}
.step{padding:.25em 0 .5em;border-bottom:1px solid var(--line)}
.inline .step{border:0}
.progress{font-weight:700;color:var(--muted);margin-top:.75em}
.you{text-align:right;margin:.75em 0 .25em}
.you span{display:inline-block;padding:.3em .75em;border-radius:.8em;background:var(--soft)}
.note{padding:.5em .75em;border-radius:.4em;background:var(--note);color:var(--on-note)}
.src{font-size:.85em;color:var(--muted);margin-top:-.25em}
.call{display:block;margin:.25em 0 .75em;padding:.5em .75em;border-radius:.4em;background:var(--call);color:#fff;text-decoration:none}
.call span{display:block}
.call .n{font-weight:700;font-size:1.15em}
.call .h{font-size:.9em}
.choices{display:flex;flex-direction:column;gap:.5em;margin:.75em 0}
.nav{display:flex;flex-wrap:wrap;gap:.5em;justify-content:space-between}
.tools{display:flex;flex-wrap:wrap;gap:.5em;margin:.75em 0}
.say{margin-top:.75em;padding-top:.5em;border-top:1px solid var(--line)}
.say label{display:block;margin-bottom:.25em}
.row{display:flex;flex-wrap:wrap;gap:.5em}
.row input{flex:1 1 10em;min-width:0;min-height:2.75em;padding:.4em .5em;border:2px solid var(--muted);border-radius:.4em;background:var(--bg)}
.foot{padding:.5em .75em;border-top:1px solid var(--line)}
.mylist h3{font-size:1em;margin:.9em 0 .2em}
.items{margin:0;padding-left:1.2em}
.items li{margin:.4em 0}
.items .msg p{margin:.2em 0}
.remove{min-height:2.75em;padding:.3em .7em}
.print{margin-top:.75em}
@media print{:host,:host(:not([mode=inline])){display:none!important}}
.foot:empty{display:none}
.danger-twin{visibility:hidden}
.lifted{position:absolute;left:.75em;right:.75em;bottom:.5em;width:auto;z-index:1}
.inline{position:relative}
`;

/** The page-level skip link and the Shift-count message. */
export const skipStyles = `
:host{all:initial!important}
.skip,.toast{position:fixed;top:.5em;left:.5em;z-index:2147483647;padding:.75em 1em;border-radius:.4em;
font:700 medium/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.skip{background:#b10e1e;color:#fff;text-decoration:underline}
.skip:not(:focus){width:1px;height:1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip:focus{${focus}}
.toast{right:.5em;background:#0b0c0c;color:#fff;text-align:center}
.toast:empty{width:1px;height:1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media print{:host{display:none!important}}
`;
