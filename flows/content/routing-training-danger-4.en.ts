// A sixth batch, written after the broader signs of the fifth (routing-training-danger-3.en.ts)
// were in, as the last check on unseen wording: run once against the router as it then was
// (figures in docs/routing.md), then learnt from. Written fresh on 28 Nov 2026 in the seeds'
// voices; none is copied from a test or a held-out set.
export const dangerFourTrainingEn: Readonly<Record<string, readonly string[]>> = {
  danger: [
    'my eye socket feels like its cracked',
    'he jumped on my legs and now i cant walk on them',
    'the babys got a red hand mark on his leg',
    'blood in my wee since he kicked my back',
    'he ripped my earring out',
    'i keep fainting since saturday when he hit my head',
    'he pulled the phone line out and took the car',
    'hes got my passport and my bank card and wont let me leave the flat',
    'he puts a chair against the front door at night',
    'he was at the bus stop outside my new place this morning',
    'my sister says hes been asking at the school which class our son is in',
    'i saw him in the supermarket again and he smiled',
    'hes been seen outside the nursery three times',
    'he sent flowers to the refuge',
    'he said he always finds what belongs to him',
    'he messaged sleep tight',
    'he said the kids will be visiting me in a cemetery',
    'he said nobody will hear you scream out here',
    'he said he would make it look like an accident',
    'hes waving a screwdriver about',
    'he keeps his air rifle by the bed now',
    'he put a lit match to my hair',
    'he filled a jerry can and put it in the hall',
    'i have decided tonight is my last night',
    'ive said goodbye to my mum without her knowing',
    'he said hed drive into a lorry with us all in the car',
    'he says hell drown himself and the kids in the canal',
    'he says he will disappear with the baby where i cant find her',
    'he said my daughter will pay for what i did',
    'he held the baby over the bath and laughed',
    'my son came home with cigarette burns',
    'my 4 year old says daddy squeezes her neck',
    'i can only message when he goes for a smoke',
    'he has an app that shows him my screen',
    'whispering so he doesnt wake up',
    'he attacked me yesterday and tonight hes picking up the kids',
    'he punched me last weekend and now he wants to come round to talk',
    'he hurt me a few weeks ago and hes just texted that hes nearly here',
    'he slapped me this afternoon and went to the pub he will be back at closing',
    'years ago he nearly killed me and hes found me on facebook',
    'he was locked up for hitting me and got out today',
  ],
  'what-counts-as-abuse.start': [
    'he used to throw things near me but never at me, does that count',
  ],
  'what-counts-as-abuse.children': [
    'my kids used to hear him shouting at night, will that have hurt them',
  ],
  'social-worker-problems.myPast': [
    'i pushed him back once when he went for me, will social services see me as violent',
    'i was in a violent relationship as a teenager will that come up',
  ],
  'scared-to-report.heldAgainst': [
    'will i get in trouble for not calling the police when he hit me before',
    'will they say i should have left sooner',
  ],
  'removal.couldThey': [
    'can they remove my kids because of what my ex did to me in the past',
  ],
  'one-off.answer': [
    'it was a one off row last spring, why is there a social worker now',
  ],
  'process.concern': [
    'the hospital told social services about my injuries from last year, what happens now',
  ],
  'legal-help.privateLaw': [
    'he hit me in front of the kids before we split, can i stop overnight contact',
  ],
  'child-taken.start': [
    'my ex has had the kids since the holidays and says theyre staying with him, can he do that',
  ],
  'glossary.termInjunction': [
    'can i get a non molestation order if he hasnt done anything for months',
  ],
  'danger.silentSolution': [
    'do i have to speak if i ring 999',
  ],
  'danger.safetyPlan': [
    'what goes in a safety plan for the kids',
  ],
  'leaving-safely.plan': [
    'how do i plan to leave when hes at work',
  ],
  'who-sees-what.records': [
    'is the old assault on my file forever',
  ],
  'social-worker-problems.notBelieved': [
    'social services think im exaggerating what he used to do',
  ],
  'what-counts-as-abuse.control': [
    'he used to keep my wages, was that financial abuse',
  ],
  'plan.partnerBack': [
    'when will they let my partner come home, he has done the course',
  ],
  'malicious-reports.answer': [
    'my ex told the school i hit the kids to get back at me',
  ],
  none: [
    'how do i change a plug',
    'when do the clocks go back',
    'my daughter fell off her bike and cut her knee should i put a plaster on',
    'whats a good film for a 6 year old',
  ],
};
